import { Table } from 'antd';
import type { ReportContent, ReportIndicator } from '../../api/reports-api.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { unitSuffix } from '../../lib/unit-suffix.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v));
const DIRECTION = { better: 'улучшение', worse: 'ухудшение', same: 'без изменений' } as const;

/** The report's indicators: the value by years with the change read by polarity, and the spread over the organisations. */
export function ReportIndicatorsTable({ content }: { content: ReportContent }) {
  const org = content.scope.kind === 'organisation';
  return (
    <ScrollRegion label="Таблица показателей отчёта">
      <Table<ReportIndicator>
        size="small"
        rowKey="code"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={content.indicators}
        data-testid="report-indicators"
        columns={[
          { title: 'Код', dataIndex: 'code', width: 70 },
          {
            title: 'Показатель',
            dataIndex: 'name',
            width: 320,
            render: (name: string, i) => (
              <span title={name}>
                {name}
                {unitSuffix(i.unit) ? `, ${unitSuffix(i.unit)}` : ''}
              </span>
            ),
          },
          ...content.periods.map((p, k) => ({
            title: p.name.replace(' учебный год', ''),
            key: `p${p.id}`,
            align: 'right' as const,
            render: (_: unknown, i: ReportIndicator) => num(i.series[k]),
          })),
          {
            title: 'Изменение',
            key: 'change',
            render: (_: unknown, i: ReportIndicator) =>
              i.change === null ? (
                '—'
              ) : (
                <span className={i.direction === 'worse' ? 'report-worse' : i.direction === 'better' ? 'report-better' : undefined}>
                  {i.change > 0 ? '+' : ''}
                  {num(i.change)} {i.direction ? `(${DIRECTION[i.direction]})` : ''}
                </span>
              ),
          },
          ...(org
            ? [
                {
                  title: 'Медиана по организациям',
                  key: 'median',
                  align: 'right' as const,
                  render: (_: unknown, i: ReportIndicator) => num(i.peerMedian[i.peerMedian.length - 1]),
                },
                { title: 'Место', key: 'place', render: (_: unknown, i: ReportIndicator) => i.place ?? '—' },
              ]
            : [
                { title: 'Мин.', key: 'min', align: 'right' as const, render: (_: unknown, i: ReportIndicator) => num(i.stats?.min) },
                {
                  title: 'Медиана',
                  key: 'median',
                  align: 'right' as const,
                  render: (_: unknown, i: ReportIndicator) => num(i.stats?.median),
                },
                { title: 'Макс.', key: 'max', align: 'right' as const, render: (_: unknown, i: ReportIndicator) => num(i.stats?.max) },
                {
                  title: 'Лучшие значения',
                  key: 'best',
                  width: 260,
                  render: (_: unknown, i: ReportIndicator) => i.best.map((b) => `${b.name} (${num(b.value)})`).join('; ') || '—',
                },
              ]),
        ]}
      />
    </ScrollRegion>
  );
}
