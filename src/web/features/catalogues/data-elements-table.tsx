import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { LEVEL_LABELS, UNIT_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { DataElement } from '../../api/types.ts';

/** A data element used by a formula; `element` is missing when the code is not in the register. */
export interface UsedElement {
  code: string;
  element: DataElement | undefined;
}

const columns: TableColumnsType<UsedElement> = [
  { title: 'Код', dataIndex: 'code', key: 'code', width: 260, render: (code: string) => <span className="mono">{code}</span> },
  {
    title: 'Элемент данных',
    key: 'name',
    render: (_: unknown, u) => u.element?.name ?? <Tag color="warning">нет в справочнике элементов данных</Tag>,
  },
  { title: 'Ед.', key: 'unit', width: 90, render: (_: unknown, u) => (u.element ? UNIT_LABELS[u.element.unit] : '—') },
  { title: 'Уровень', key: 'level', width: 130, render: (_: unknown, u) => (u.element ? LEVEL_LABELS[u.element.level] : '—') },
];

/** The data elements of a formula with their Russian names, units and levels. */
export function DataElementsTable({ elements }: { elements: UsedElement[] }) {
  return (
    <Table<UsedElement>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={elements}
      pagination={false}
      className="data-elements-table"
      data-testid="indicator-elements"
    />
  );
}
