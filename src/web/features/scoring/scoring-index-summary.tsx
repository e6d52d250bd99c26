import { Collapse, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { CYCLE_BLOCKS } from '../../../domain/catalogue/catalogue.ts';
import { CYCLE_BLOCK_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { MechanismIndex } from '../../api/scoring-api.ts';
import { capitalize } from '../../lib/capitalize.ts';
import { softHyphens } from '../../lib/soft-hyphens.ts';
import { indexNumberOf, OVERALL_INDEX, TOTAL_POINTS, type ExplainTarget } from '../../lib/scoring-explain.ts';
import { formatPoints } from '../../lib/scoring-labels.ts';
import { ScoringIndexButton } from './scoring-index-button.tsx';

interface ScoringIndexSummaryProps {
  objectName: string;
  index: MechanismIndex;
  onExplain: (target: ExplainTarget) => void;
}

type DirectionRow = MechanismIndex['blocks'][number]['directions'][number];

/** The object's 9-step index from the points that count: overall, blocks, and each direction with its components' formation. */
export function ScoringIndexSummary({ objectName, index, onExplain }: ScoringIndexSummaryProps) {
  const explain = (
    what: string,
    n: Parameters<typeof indexNumberOf>[0],
    unit: ExplainTarget['unit'],
    basis?: { what: string; n: Parameters<typeof indexNumberOf>[0] },
  ) =>
    onExplain({
      object: objectName,
      what,
      number: indexNumberOf(n),
      unit,
      basis: basis ? { what: basis.what, number: indexNumberOf(basis.n) } : undefined,
    });

  const directions = index.blocks.flatMap((b) => b.directions);
  const components = directions[0]?.components ?? [];
  const columns: TableColumnsType<DirectionRow> = [
    {
      title: 'Направление',
      key: 'direction',
      render: (_, d) => (
        <span style={{ fontSize: 12, lineHeight: 1.3, display: 'block' }} title={d.name}>
          <b>{d.code}</b> {d.name}
        </span>
      ),
    },
    {
      title: <span style={{ fontSize: 12 }}>Индекс (этап 5)</span>,
      key: 'index',
      width: 88,
      align: 'right',
      render: (_, d) => (
        <ScoringIndexButton
          number={indexNumberOf(d.index)}
          unit="percent"
          strong
          testId={`direction-index-${d.code}`}
          onExplain={() =>
            explain(`Индекс направления (этап 5): ${d.code}. ${d.name}`, d.index, 'percent', {
              what: `Баллы направления ${d.code} (этап 4)`,
              n: d.points,
            })
          }
        />
      ),
    },
    ...CYCLE_BLOCKS.map((block) => ({
      title: <span style={{ fontSize: 12 }}>{capitalize(CYCLE_BLOCK_LABELS[block])} блок</span>,
      key: block,
      children: components
        .filter((c) => c.cycleBlock === block)
        .map((c) => ({
          title: (
            <span
              style={{ fontSize: 11, fontWeight: 400, lineHeight: 1.2, display: 'block', overflowWrap: 'anywhere' }}
              title={`${c.name}: степень сформированности, %`}
            >
              {softHyphens(c.name, 7)}
            </span>
          ),
          key: c.code,
          width: 78,
          align: 'right' as const,
          render: (_: unknown, d: DirectionRow) => {
            const component = d.components.find((x) => x.code === c.code);
            if (!component) return null;
            return (
              <ScoringIndexButton
                number={indexNumberOf(component.formation)}
                unit="percent"
                testId={`formation-${d.code}-${c.code}`}
                onExplain={() =>
                  explain(
                    `Степень сформированности компонента (этап 3) «${component.name}», направление ${d.code}`,
                    component.formation,
                    'percent',
                    {
                      what: `Баллы компонента (этап 2)`,
                      n: component.points,
                    },
                  )
                }
              />
            );
          },
        })),
    })),
  ];

  const c = index.completeness;
  return (
    <Flex vertical gap={8} data-testid="index-summary">
      <Flex wrap gap="6px 24px" align="center">
        <Flex align="center" gap={6}>
          <Typography.Text strong>Итоговый индекс:</Typography.Text>
          <div style={{ minWidth: 90 }}>
            <ScoringIndexButton
              number={indexNumberOf(index.index)}
              unit="percent"
              strong
              testId="summary-index"
              onExplain={() => explain(OVERALL_INDEX, index.index, 'percent', { what: TOTAL_POINTS, n: index.total })}
            />
          </div>
        </Flex>
        <Flex align="center" gap={6}>
          <Typography.Text type="secondary">Итоговый балл:</Typography.Text>
          <div style={{ minWidth: 50 }}>
            <ScoringIndexButton
              number={indexNumberOf(index.total)}
              unit="points"
              testId="summary-total"
              onExplain={() => explain(TOTAL_POINTS, index.total, 'points')}
            />
          </div>
          <Typography.Text type="secondary">из {formatPoints(index.maxPoints)}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" data-testid="summary-completeness">
          в индексе учтено позиций: {c.scored} из {c.total}
        </Typography.Text>
      </Flex>
      <Flex wrap gap="4px 24px">
        {index.blocks.map((b) => (
          <Flex key={b.code} align="center" gap={4} wrap style={{ fontSize: 13 }} data-testid="summary-block" data-block={b.code}>
            <span title={b.name}>
              <b>{b.code}</b> <span className="muted">индекс блока (этап 7):</span>
            </span>
            <div style={{ minWidth: 70 }}>
              <ScoringIndexButton
                number={indexNumberOf(b.index)}
                unit="percent"
                testId={`summary-block-${b.code}`}
                onExplain={() =>
                  explain(`Индекс блока (этап 7): ${b.code}. ${b.name}`, b.index, 'percent', {
                    what: `Баллы блока ${b.code} (этап 6)`,
                    n: b.points,
                  })
                }
              />
            </div>
            <span className="muted">среднее индексов направлений:</span>
            <div style={{ minWidth: 70 }}>
              <ScoringIndexButton
                number={indexNumberOf(b.meanDirectionIndex)}
                unit="percent"
                testId={`summary-mean-${b.code}`}
                onExplain={() => explain(`Среднее индексов направлений блока ${b.code}. ${b.name}`, b.meanDirectionIndex, 'percent')}
              />
            </div>
          </Flex>
        ))}
      </Flex>
      <Collapse
        size="small"
        items={[
          {
            key: 'directions',
            label: 'Направления и степень сформированности компонентов управленческого цикла, %',
            children: (
              <Table<DirectionRow>
                rowKey="code"
                size="small"
                bordered
                pagination={false}
                columns={columns}
                dataSource={directions}
                tableLayout="fixed"
                onRow={(d) => ({ 'data-direction': d.code }) as HTMLAttributes<HTMLElement>}
                data-testid="summary-directions"
              />
            ),
          },
        ]}
        data-testid="summary-directions-collapse"
      />
    </Flex>
  );
}
