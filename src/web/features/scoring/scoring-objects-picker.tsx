import { UsergroupAddOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import type { Scorer } from '../../api/scoring-api.ts';
import { assignToAll, type ScorerChoice } from '../../lib/scoring-round-input.ts';

export interface PickerObject {
  id: number;
  code: string;
  name: string;
}

interface ScoringObjectsPickerProps {
  objects: PickerObject[];
  loading: boolean;
  scorers: Scorer[];
  scorersLoading: boolean;
  selected: number[];
  onSelect: (ids: number[]) => void;
  choice: ScorerChoice;
  onChoice: (choice: ScorerChoice) => void;
  /** Ids of chosen objects left without a scorer after «Открыть» was pressed. */
  missing: ReadonlySet<number>;
}

/** The objects of a round (checkboxes) and the scorers of each, with «назначить всем» for the chosen objects. */
export function ScoringObjectsPicker(props: ScoringObjectsPickerProps) {
  const { objects, loading, scorers, scorersLoading, selected, onSelect, choice, onChoice, missing } = props;
  const [common, setCommon] = useState<number[]>([]);
  // Tags show the name; the list adds where the expert works.
  const options = scorers.map((s) => ({ value: s.id, label: s.fullName, scope: s.scopeName ?? '' }));
  const optionRender = (option: { data: { label?: unknown; scope?: unknown } }) => (
    <span>
      {String(option.data.label)}
      {option.data.scope ? <span className="muted"> — {String(option.data.scope)}</span> : null}
    </span>
  );

  const columns: TableColumnsType<PickerObject> = [
    { title: 'Код', dataIndex: 'code', key: 'code', width: 90 },
    { title: 'Объект оценки', dataIndex: 'name', key: 'name', ellipsis: { showTitle: true } },
    {
      title: 'Эксперты',
      key: 'scorers',
      width: 470,
      render: (_, o) => (
        <Select<number[]>
          mode="multiple"
          size="small"
          allowClear
          value={choice[o.id] ?? []}
          onChange={(ids) => onChoice({ ...choice, [o.id]: ids })}
          options={options}
          optionRender={optionRender}
          disabled={!selected.includes(o.id)}
          status={missing.has(o.id) ? 'error' : undefined}
          placeholder={selected.includes(o.id) ? 'Назначьте экспертов' : 'не оценивается'}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={`Эксперты: ${o.name}`}
          classNames={{ popup: { root: 'round-scorers-popup' } }}
          data-testid={`round-scorers-${o.code}`}
          style={{ width: '100%' }}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text style={{ whiteSpace: 'nowrap' }}>Эксперты для отмеченных объектов:</Typography.Text>
        <Select<number[]>
          mode="multiple"
          size="small"
          allowClear
          value={common}
          onChange={setCommon}
          options={options}
          optionRender={optionRender}
          loading={scorersLoading}
          showSearch={{ optionFilterProp: 'label' }}
          maxTagCount="responsive"
          placeholder="Выберите экспертов"
          aria-label="Эксперты для всех отмеченных объектов"
          classNames={{ popup: { root: 'round-common-scorers-popup' } }}
          data-testid="round-common-scorers"
          style={{ flex: 1, minWidth: 240 }}
        />
        <Button
          size="small"
          icon={<UsergroupAddOutlined />}
          disabled={common.length === 0 || selected.length === 0}
          onClick={() => onChoice(assignToAll(choice, selected, common))}
          data-testid="round-assign-all"
        >
          Назначить всем
        </Button>
      </Flex>
      <Table<PickerObject>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={objects}
        loading={loading}
        pagination={false}
        scroll={{ y: 230 }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => onSelect(keys.map(Number)),
          getCheckboxProps: (o) => ({ 'aria-label': `Оценивать: ${o.name}` }) as never,
        }}
        locale={{ emptyText: 'У территории нет объектов оценки' }}
        onRow={(o) => ({ 'data-object': o.code }) as HTMLAttributes<HTMLElement>}
        data-testid="round-objects"
      />
    </Flex>
  );
}
