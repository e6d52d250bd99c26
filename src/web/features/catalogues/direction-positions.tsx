import { Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CYCLE_BLOCK_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { CycleComponent, Position } from '../../api/types.ts';
import { pluralRu } from '../../lib/plural-ru.ts';

interface PositionRow {
  position: Position;
  component: CycleComponent | undefined;
  /** Rows spanned by the component cell: the group size on its first row, 0 on the others. */
  span: number;
  componentPoints: number;
}

interface DirectionPositionsProps {
  positions: Position[];
  components: CycleComponent[];
}

/** Positions sorted by cycle component (in catalogue order), then in their own order. */
function groupRows(positions: Position[], components: CycleComponent[]): PositionRow[] {
  const order = new Map(components.map((c, i) => [c.code, i]));
  const byComponent = new Map<string, Position[]>();
  for (const p of positions) byComponent.set(p.component, [...(byComponent.get(p.component) ?? []), p]);
  const groups = [...byComponent.entries()].sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  return groups.flatMap(([code, list]) => {
    const component = components.find((c) => c.code === code);
    const componentPoints = list.reduce((sum, p) => sum + p.maxPoints, 0);
    return list.map((position, i) => ({ position, component, span: i === 0 ? list.length : 0, componentPoints }));
  });
}

const columns: TableColumnsType<PositionRow> = [
  {
    title: 'Компонент цикла',
    key: 'component',
    width: 200,
    onCell: (r) => ({ rowSpan: r.span }),
    render: (_: unknown, r) => (
      <div className="position-component">
        <div>{r.component?.name ?? r.position.component}</div>
        <div className="muted">
          {r.component ? `${CYCLE_BLOCK_LABELS[r.component.block]} блок · ` : ''}
          {r.componentPoints} {pluralRu(r.componentPoints, 'балл', 'балла', 'баллов')}
        </div>
      </div>
    ),
  },
  {
    title: 'Позиция оценивания',
    key: 'name',
    render: (_: unknown, r) => (
      <div className="position-cell">
        <div>
          <span className="mono muted position-code">{r.position.code}</span> {r.position.name}
          {r.position.derived ? (
            <Tooltip title="Позиция не перечислена в источнике: выведена из того, что источник требует от компонента цикла">
              <Tag color="gold" className="catalogue-tag derived-tag">
                выведена
              </Tag>
            </Tooltip>
          ) : null}
        </div>
        <Typography.Paragraph
          type="secondary"
          className="position-source"
          ellipsis={{ rows: 1, expandable: 'collapsible', symbol: (expanded) => (expanded ? 'свернуть' : 'раскрыть') }}
        >
          Источник: {r.position.source}
        </Typography.Paragraph>
      </div>
    ),
  },
  { title: 'Макс. балл', key: 'maxPoints', width: 90, align: 'center', render: (_: unknown, r) => r.position.maxPoints },
];

/** A direction's positions of evaluation grouped by cycle component, with maximum points and the source. */
export function DirectionPositions({ positions, components }: DirectionPositionsProps) {
  if (positions.length === 0) return <Typography.Text type="secondary">В направлении нет позиций оценивания.</Typography.Text>;
  return (
    <Table<PositionRow>
      rowKey={(r) => r.position.code}
      size="small"
      bordered
      columns={columns}
      dataSource={groupRows(positions, components)}
      pagination={false}
      className="positions-table"
      data-testid="positions-table"
    />
  );
}
