import { Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { RoundObject } from '../../api/scoring-api.ts';
import { OVERALL_INDEX, TOTAL_POINTS, type ExplainTarget } from '../../lib/scoring-explain.ts';
import { ratingOrder } from '../../lib/scoring-rating.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ScoringIndexButton } from './scoring-index-button.tsx';
import { ScoringZoneTag } from './scoring-zone-tag.tsx';

interface ScoringRatingTableProps {
  roundId: number;
  objects: RoundObject[];
  onExplain: (target: ExplainTarget) => void;
}

/** The objects by their overall index: place, index, total points, each block's step-7 index and mean of direction indices, zone. */
export function ScoringRatingTable({ roundId, objects, onExplain }: ScoringRatingTableProps) {
  const blocks = objects[0]?.blocks ?? [];
  const hasZones = objects.some((o) => o.zone);
  const columns: TableColumnsType<RoundObject> = [
    {
      title: 'Место',
      key: 'place',
      width: 64,
      align: 'center',
      render: (_, o) => <span data-testid="rating-place">{o.place ?? <span className="muted">—</span>}</span>,
    },
    {
      title: 'Объект оценки',
      key: 'object',
      render: (_, o) => (
        <Flex vertical>
          <AppLink to={`/scoring/${roundId}/objects/${o.orgId}`} data-testid="rating-object">
            {o.name}
          </AppLink>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Итоговый индекс',
      key: 'index',
      width: 112,
      align: 'right',
      render: (_, o) => (
        <ScoringIndexButton
          number={o.index}
          unit="percent"
          strong
          testId="rating-index"
          onExplain={() =>
            onExplain({
              object: o.name,
              what: OVERALL_INDEX,
              number: o.index,
              unit: 'percent',
              basis: { what: TOTAL_POINTS, number: o.total },
            })
          }
        />
      ),
    },
    {
      title: 'Итоговый балл',
      key: 'total',
      width: 92,
      align: 'right',
      render: (_, o) => (
        <ScoringIndexButton
          number={o.total}
          unit="points"
          testId="rating-total"
          onExplain={() => onExplain({ object: o.name, what: TOTAL_POINTS, number: o.total, unit: 'points' })}
        />
      ),
    },
    ...blocks.map((b, i) => ({
      title: (
        <span title={b.name} style={{ fontSize: 12, lineHeight: 1.3, display: 'block' }}>
          {b.code}. {b.name}
        </span>
      ),
      key: `block-${b.code}`,
      children: [
        {
          title: <span style={{ fontSize: 12, fontWeight: 400 }}>индекс блока (этап 7)</span>,
          key: `block-${b.code}-index`,
          width: 100,
          align: 'right' as const,
          render: (_: unknown, o: RoundObject) => {
            const block = o.blocks[i];
            if (!block) return null;
            return (
              <ScoringIndexButton
                number={block.index}
                unit="percent"
                testId={`rating-block-${b.code}`}
                onExplain={() =>
                  onExplain({
                    object: o.name,
                    what: `Индекс блока (этап 7): ${block.code}. ${block.name}`,
                    number: block.index,
                    unit: 'percent',
                  })
                }
              />
            );
          },
        },
        {
          title: <span style={{ fontSize: 12, fontWeight: 400 }}>среднее индексов направлений</span>,
          key: `block-${b.code}-mean`,
          width: 112,
          align: 'right' as const,
          render: (_: unknown, o: RoundObject) => {
            const block = o.blocks[i];
            if (!block) return null;
            return (
              <ScoringIndexButton
                number={block.meanDirectionIndex}
                unit="percent"
                testId={`rating-mean-${b.code}`}
                onExplain={() =>
                  onExplain({
                    object: o.name,
                    what: `Среднее индексов направлений блока ${block.code}. ${block.name} (как публикуют итоги оценки; равно индексу блока только при равных максимумах направлений)`,
                    number: block.meanDirectionIndex,
                    unit: 'percent',
                  })
                }
              />
            );
          },
        },
      ],
    })),
  ];
  if (hasZones) columns.push({ title: 'Зона', key: 'zone', width: 96, render: (_, o) => <ScoringZoneTag zone={o.zone} /> });

  return (
    <Table<RoundObject>
      rowKey="orgId"
      size="small"
      bordered
      columns={columns}
      dataSource={ratingOrder(objects)}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: 'Нет объектов оценки' }}
      onRow={(o) => ({ 'data-object': o.code, 'data-org-id': o.orgId }) as HTMLAttributes<HTMLElement>}
      data-testid="rating-table"
    />
  );
}
