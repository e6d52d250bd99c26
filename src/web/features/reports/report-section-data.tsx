import { Table, Typography } from 'antd';
import type { ReportContent, ReportSectionKey } from '../../api/reports-api.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { ReportComparisonTable } from './report-comparison-table.tsx';
import { ReportFindings } from './report-findings.tsx';
import { ReportIndicatorsTable } from './report-indicators-table.tsx';
import { EffectivenessSection } from '../cycle/effectiveness-section.tsx';

interface Props {
  section: ReportSectionKey;
  content: ReportContent;
  /** The report's charts with their picture URLs (none where pictures are not served: the public page links the files). */
  charts: { key: string; section: 'final' | 'years'; title: string; url: string }[];
}

/** The generated numbers of one section of a report: tables, charts, findings. */
export function ReportSectionData({ section, content, charts }: Props) {
  const pictures = (where: 'final' | 'years') =>
    charts
      .filter((c) => c.section === where)
      .map((c) => <img key={c.key} src={c.url} alt={c.title} className="report-chart" data-testid="report-chart" />);
  const directions = content.scope.kind === 'direction' && content.scope.direction ? [content.scope.direction] : content.directions;
  switch (section) {
    case 'directions':
      return (
        <ul>
          {content.directions.map((d) => (
            <li key={d.code}>
              {d.name}: {d.indicators.join(', ')}
            </li>
          ))}
        </ul>
      );
    case 'final':
      return (
        <>
          <ReportIndicatorsTable content={content} />
          {content.comparisons.map((c) => (
            <ReportComparisonTable
              key={c.key}
              title={`${c.title} (${c.objectCount})`}
              rows={c.rows}
              directions={directions}
              testId="report-comparison"
            />
          ))}
          {pictures('final')}
        </>
      );
    case 'years':
      return (
        <>
          {pictures('years')}
          {content.effectiveness ? <EffectivenessSection e={content.effectiveness} /> : null}
        </>
      );
    case 'factors':
      return (
        <>
          {content.clusters.map((t) => (
            <Table
              key={`${t.comparison}|${t.clustering}`}
              size="small"
              pagination={false}
              rowKey="label"
              title={() => (
                <span>
                  <strong>
                    {t.comparison}: {t.clustering.toLowerCase()}
                  </strong>{' '}
                  <Typography.Text type="secondary">{t.description}</Typography.Text>
                </span>
              )}
              dataSource={t.rows}
              columns={[
                { title: 'Кластер', dataIndex: 'label' },
                { title: 'Организаций', dataIndex: 'members', width: 120, align: 'right' },
                {
                  title: t.direction ? 'Средний балл по направлению' : 'Средний итоговый балл',
                  dataIndex: 'mean',
                  width: 220,
                  align: 'right',
                  render: (v: number | null) => (v === null ? '—' : formatNumber(v)),
                },
              ]}
            />
          ))}
        </>
      );
    case 'findings':
      return <ReportFindings content={content} />;
    case 'goals':
    case 'conclusions':
      return null;
  }
}
