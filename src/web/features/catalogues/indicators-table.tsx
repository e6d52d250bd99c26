import { Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { METHOD_LABELS, PERIOD_KIND_LABELS, UNIT_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { DataElement, Indicator } from '../../api/types.ts';
import { IndicatorDetails } from './indicator-details.tsx';
import { OrgTypeTags } from './org-type-tags.tsx';
import { PolarityLabel } from '../../components/polarity-label.tsx';

interface IndicatorsTableProps {
  /** The direction the table is shown under. */
  directionCode: string;
  rows: Indicator[];
  elements: ReadonlyMap<string, DataElement>;
  indicators: ReadonlyMap<string, Indicator>;
  directionNames: ReadonlyMap<string, string>;
}

function otherDirections(indicator: Indicator, directionCode: string, directionNames: ReadonlyMap<string, string>) {
  const others = indicator.directions.filter((code) => code !== directionCode);
  if (others.length === 0) return null;
  const title = `Показатель входит также в направлени${others.length > 1 ? 'я' : 'е'} ${others
    .map((code) => `${code} «${directionNames.get(code) ?? code}»`)
    .join(', ')}`;
  return (
    <Tooltip title={title}>
      <Tag color="orange" className="catalogue-tag also-in-tag" data-testid="indicator-shared">
        также {others.join(', ')}
      </Tag>
    </Tooltip>
  );
}

/** Compact table of a direction's indicators; a row click expands the formula and its data elements. */
export function IndicatorsTable({ directionCode, rows, elements, indicators, directionNames }: IndicatorsTableProps) {
  const columns: TableColumnsType<Indicator> = [
    {
      title: 'Код',
      dataIndex: 'code',
      key: 'code',
      width: 88,
      render: (code: string, i) => (
        <>
          <span className="mono">{code}</span>
          {otherDirections(i, directionCode, directionNames)}
        </>
      ),
    },
    { title: 'Наименование', dataIndex: 'name', key: 'name' },
    { title: 'Ед.', dataIndex: 'unit', key: 'unit', width: 76, render: (unit: Indicator['unit']) => UNIT_LABELS[unit] },
    {
      title: 'Полярность',
      dataIndex: 'polarity',
      key: 'polarity',
      width: 132,
      render: (polarity: Indicator['polarity']) => <PolarityLabel polarity={polarity} />,
    },
    {
      title: 'Период',
      dataIndex: 'periodKind',
      key: 'periodKind',
      width: 96,
      render: (kind: Indicator['periodKind']) => PERIOD_KIND_LABELS[kind],
    },
    {
      title: 'Типы ОО',
      dataIndex: 'orgTypes',
      key: 'orgTypes',
      width: 92,
      render: (types: Indicator['orgTypes']) => <OrgTypeTags types={types} />,
    },
    {
      title: 'Метод сбора',
      dataIndex: 'method',
      key: 'method',
      width: 150,
      render: (method: Indicator['method']) => METHOD_LABELS[method],
    },
  ];

  return (
    <Table<Indicator>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      className="indicators-table"
      rowClassName="indicator-row"
      expandable={{
        expandRowByClick: true,
        columnWidth: 36,
        expandedRowRender: (indicator) => (
          <IndicatorDetails indicator={indicator} elements={elements} indicators={indicators} directionNames={directionNames} />
        ),
      }}
      data-testid="indicators-table"
    />
  );
}
