import { zipArchive } from './zip-archive.ts';

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`, 'utf8');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A minimal XLSX with one sheet whose body (inside `<worksheet>`) is given; `bookExtra` goes into workbook.xml,
 * and `extraParts` are added as they are (a crafted file may hold parts no relation points to).
 */
export function workbookWithSheet(
  sheetBody: string,
  options: { sheet?: string; bookExtra?: string; extraParts?: { name: string; sheetBody: string; unicodePath?: string }[] } = {},
): Buffer {
  const sheet = options.sheet ?? 'Форма';
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets>` +
          `${options.bookExtra ?? ''}</workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: xml(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheetBody}</worksheet>`) },
    ...(options.extraParts ?? []).map((part) => ({
      name: part.name,
      ...(part.unicodePath === undefined ? {} : { unicodePath: part.unicodePath }),
      data: xml(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${part.sheetBody}</worksheet>`),
    })),
  ]);
}

/** The bomb: a tiny file whose sheet holds one merged range (A1:Z600000 by default). */
export const mergedRangeBomb = (ref = 'A1:Z600000') =>
  workbookWithSheet(
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`,
  );

/** Many small numeric cells, `columns` to a row: 3,000,000 cells make the 9.5 MB workbook. */
export function manyCells(cells: number, columns = 10): Buffer {
  const rows: string[] = [];
  const letters = Array.from({ length: columns }, (_, i) => String.fromCharCode(65 + i));
  for (let r = 1; r <= Math.ceil(cells / columns); r++) {
    let row = `<row r="${r}">`;
    for (const l of letters) row += `<c r="${l}${r}"><v>${(r * 7919) % 100_000}</v></c>`;
    rows.push(row + '</row>');
  }
  return workbookWithSheet(`<sheetData>${rows.join('')}</sheetData>`);
}
