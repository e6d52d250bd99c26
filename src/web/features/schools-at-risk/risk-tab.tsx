import { Flex, Form, Select, Table, type FormInstance, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import type { RiskList } from '../../api/schools-at-risk-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { RiskListBar, RiskRuleButtons, schoolColumns, type RiskShow } from './risk-list-bar.tsx';

interface RiskSchool {
  orgId: number;
  code: string;
  name: string;
  shortName: string | null;
  municipality: string | null;
}

/** What both rules' lists share: the territory, the chosen year and the years to choose from, the schools. */
interface RiskListData<S extends RiskSchool> {
  territory: { name: string };
  period: { id: number; code: string } | null;
  periods: readonly { id: number; code: string }[];
  schools: readonly S[];
  schoolsTotal: number;
  params: object;
}

interface RiskTabProps<V extends object, S extends RiskSchool, D extends RiskListData<S>> {
  list: RiskList;
  territoryId: number;
  /** The rule's parameters as the form edits them, and their defaults («По умолчанию»). */
  defaults: V;
  load: (periodId: number | null, values: V, signal: AbortSignal) => Promise<D>;
  /** The rule's own form fields, between the year and the buttons. */
  fields: ReactNode;
  isFlagged: (school: S) => boolean;
  /** The line above the list when the territory has a year with data. */
  summary: (data: D, flagged: S[]) => string;
  /** …and the words after the territory's name when it has none. */
  noData: string;
  /** Shown in an empty list when the year has data but the rule flags no school. */
  noneFlagged: string;
  /** The rule's columns after the school's. */
  columns: (data: D | undefined) => TableColumnsType<S>;
  evidence: (school: S) => ReactNode;
}

/**
 * One tab of the schools-at-risk page (ШНОР or ШФНСУ): the rule's parameters and the year, the schools with their
 * evidence, only the flagged ones or all; the list can be saved as a group.
 */
export function RiskTab<V extends object, S extends RiskSchool, D extends RiskListData<S>>(props: RiskTabProps<V, S, D>) {
  const { list: name, territoryId, defaults } = props;
  const [periodId, setPeriodId] = useState<number | null>(null);
  const [values, setValues] = useState<V>(defaults);
  const [form] = Form.useForm<V>();
  const [show, setShow] = useState<RiskShow>('flagged');
  const list = useAsyncData((signal) => props.load(periodId, values, signal), [territoryId, periodId, JSON.stringify(values)]);
  const data = list.data;
  const flagged = (data?.schools ?? []).filter(props.isFlagged);
  const rows = show === 'flagged' ? flagged : (data?.schools ?? []);

  return (
    <Flex vertical gap={12}>
      <Form
        form={form as FormInstance<V>}
        layout="inline"
        initialValues={defaults}
        onFinish={(v: V) => setValues({ ...defaults, ...v })}
        data-testid={`${name}-params`}
      >
        <Form.Item label="Учебный год" htmlFor={`${name}-period-select`}>
          <Select<number>
            id={`${name}-period-select`}
            style={{ width: 140 }}
            value={data?.period?.id}
            placeholder="нет данных"
            options={(data?.periods ?? []).map((p) => ({ value: p.id, label: p.code }))}
            onChange={setPeriodId}
            data-testid={`${name}-period`}
          />
        </Form.Item>
        {props.fields}
        <RiskRuleButtons
          list={name}
          onDefaults={() => {
            form.setFieldsValue(defaults as Parameters<typeof form.setFieldsValue>[0]);
            setValues(defaults);
          }}
        />
      </Form>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <RiskListBar
        list={name}
        show={show}
        onShow={setShow}
        summary={data ? (data.period ? props.summary(data, flagged) : `${data.territory.name}: ${props.noData}`) : ' '}
        saved={
          data
            ? { territoryId, periodCode: data.period?.code ?? null, orgIds: flagged.map((s) => s.orgId), params: { ...data.params } }
            : null
        }
      />
      <Table<S>
        size="small"
        rowKey="orgId"
        loading={list.loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: data?.period ? props.noneFlagged : 'Нет данных' }}
        expandable={{ expandedRowRender: (s) => props.evidence(s) }}
        columns={[...schoolColumns(data), ...props.columns(data)]}
        data-testid={`${name}-table`}
      />
    </Flex>
  );
}
