import { AlignmentType, ImageRun, Paragraph, type Table } from 'docx';
import {
  centered,
  heading,
  officialDocx,
  INDENT,
  para,
  SMALL,
  stampLine,
  subheading,
  table,
  text,
  TEXT_WIDTH,
  titleLine,
} from '../documents/docx-parts.ts';
import { chartPng } from './report-charts.ts';
import type { DocBlock, ReportDocument } from './report-document.ts';

// Tables of a report are wide: 10 pt.
const TABLE_TEXT = 20;
// Charts are placed as wide as the text (A4 minus the margins), in EMU-free pixels at 96 dpi.
const TEXT_WIDTH_PX = Math.round((TEXT_WIDTH / 1440) * 96);

function render(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [block.level === 1 ? heading(block.text) : subheading(block.text)];
    case 'paragraph':
      return [
        block.italic
          ? new Paragraph({
              children: [text(block.text, { italics: true })],
              alignment: AlignmentType.JUSTIFIED,
              indent: { firstLine: INDENT },
            })
          : para(block.text),
      ];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [text(`— ${item}`)],
            alignment: AlignmentType.JUSTIFIED,
            indent: { left: INDENT / 2, hanging: 0 },
            spacing: { after: 40 },
          }),
      );
    case 'table':
      return [
        new Paragraph({
          children: [text(block.caption, { bold: true, size: SMALL })],
          keepNext: true,
          spacing: { before: 160, after: 60 },
        }),
        table(block.header, block.widths, block.rows, [], TABLE_TEXT),
        new Paragraph({ children: [], spacing: { after: 120 } }),
      ];
    case 'chart': {
      const width = Math.min(TEXT_WIDTH_PX, block.chart.width);
      const height = Math.round((block.chart.height * width) / block.chart.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: chartPng(block.chart),
              transformation: { width, height },
              altText: { name: block.chart.title, description: block.chart.title, title: block.chart.title },
            }),
          ],
        }),
        new Paragraph({
          children: [text(`Рисунок: ${block.chart.title}`, { size: SMALL, italics: true })],
          alignment: AlignmentType.CENTER,
          spacing: { after: 160 },
        }),
      ];
    }
  }
}

/** The report as a Word document (editable, as officials need it). */
export async function buildReportDocx(d: ReportDocument): Promise<Buffer> {
  const stamp = d.approval
    ? [
        stampLine('УТВЕРЖДАЮ', true),
        stampLine(d.approval.post),
        stampLine(d.approval.name),
        stampLine(d.approval.date),
        new Paragraph({ children: [], spacing: { after: 240 } }),
      ]
    : d.stamp === false
      ? []
      : [stampLine('Проект', true), new Paragraph({ children: [], spacing: { after: 240 } })];
  return officialDocx(d.title, [
    ...stamp,
    titleLine(d.title),
    ...d.subtitle.map((s) => centered(s)),
    new Paragraph({ children: [], spacing: { after: 240 } }),
    ...d.blocks.flatMap(render),
  ]);
}
