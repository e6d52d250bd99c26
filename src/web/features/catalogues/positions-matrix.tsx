import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { CYCLE_BLOCKS } from '../../../domain/catalogue/catalogue.ts';
import { CYCLE_BLOCK_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { CycleComponent } from '../../api/types.ts';
import { capitalize } from '../../lib/capitalize.ts';
import type { PointsCell, PositionPoints } from '../../lib/position-points.ts';
import { softHyphens } from '../../lib/soft-hyphens.ts';

interface MatrixRow {
  key: string;
  kind: 'block' | 'direction';
  code: string;
  name: string;
  optional: boolean;
  cells: Record<string, PointsCell>;
  total: PointsCell;
}

interface PositionsMatrixProps {
  components: CycleComponent[];
  points: PositionPoints;
  onOpenDirection: (code: string) => void;
}

const cellText = (cell: PointsCell | undefined) =>
  cell && cell.positions > 0 ? <span title={`позиций: ${cell.positions}`}>{cell.points}</span> : <span className="muted">—</span>;

/** Directions × cycle components: maximum points, with block subtotals and the catalogue's total. */
export function PositionsMatrix({ components, points, onOpenDirection }: PositionsMatrixProps) {
  const rows: MatrixRow[] = points.blocks.flatMap(({ block, directions, cells, total }) => [
    { key: `block-${block.code}`, kind: 'block' as const, code: block.code, name: block.name, optional: false, cells, total },
    ...directions.map((d) => ({
      key: d.direction.code,
      kind: 'direction' as const,
      code: d.direction.code,
      name: d.direction.name,
      optional: Boolean(d.direction.optional),
      cells: d.cells,
      total: d.total,
    })),
  ]);

  const columns: TableColumnsType<MatrixRow> = [
    {
      title: 'Блок, направление',
      key: 'name',
      render: (_: unknown, r) => (
        <span className={r.kind === 'block' ? 'matrix-block-name' : 'matrix-direction-name'}>
          <span className="mono">{r.code}</span> {r.name}
          {r.optional ? <Tag className="catalogue-tag optional-tag">необязательное</Tag> : null}
        </span>
      ),
    },
    ...CYCLE_BLOCKS.map((block) => ({
      title: capitalize(CYCLE_BLOCK_LABELS[block]),
      key: block,
      children: components
        .filter((c) => c.block === block)
        .map((c) => ({
          title: <span title={c.name}>{softHyphens(c.name)}</span>,
          key: c.code,
          width: 82,
          align: 'center' as const,
          render: (_: unknown, r: MatrixRow) => cellText(r.cells[c.code]),
        })),
    })),
    { title: 'Итого', key: 'total', width: 66, align: 'center', render: (_: unknown, r) => <strong>{r.total.points}</strong> },
  ];

  const summaryRow = (label: string, cells: Record<string, PointsCell>, total: PointsCell, testId: string) => (
    <Table.Summary.Row className="matrix-total-row" data-testid={testId}>
      <Table.Summary.Cell index={0}>{label}</Table.Summary.Cell>
      {components.map((c, i) => (
        <Table.Summary.Cell key={c.code} index={i + 1} align="center">
          {cellText(cells[c.code])}
        </Table.Summary.Cell>
      ))}
      <Table.Summary.Cell index={components.length + 1} align="center">
        <strong>{total.points}</strong>
      </Table.Summary.Cell>
    </Table.Summary.Row>
  );

  return (
    <Table<MatrixRow>
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      className="positions-matrix"
      rowClassName={(r) => (r.kind === 'block' ? 'matrix-block-row' : 'matrix-direction-row')}
      onRow={(r) => (r.kind === 'direction' ? { onClick: () => onOpenDirection(r.code), title: 'Показать позиции направления' } : {})}
      summary={() => (
        <Table.Summary>
          {summaryRow('Итого по методике', points.cells, points.total, 'catalogue-total')}
          {points.requiredTotal.points !== points.total.points
            ? summaryRow('Без необязательных направлений', points.requiredCells, points.requiredTotal, 'catalogue-required-total')
            : null}
        </Table.Summary>
      )}
      data-testid="positions-matrix"
    />
  );
}
