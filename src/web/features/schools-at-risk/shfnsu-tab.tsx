import { Flex, Form, InputNumber, Select, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { schoolsAtRiskApi, type ShfnsuSchoolView } from '../../api/schools-at-risk-api.ts';
import { CONDITION_FACTORS, SHFNSU_DEFAULTS } from '../../../domain/schools-at-risk/unfavourable-conditions.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { RiskListBar, RiskRuleButtons, schoolColumns, type RiskShow } from './risk-list-bar.tsx';
import { ShfnsuEvidence } from './shfnsu-evidence.tsx';

type Values = { minFactors: number } & Record<string, number>;
const DEFAULTS: Values = { minFactors: SHFNSU_DEFAULTS.minFactors, ...SHFNSU_DEFAULTS.thresholds };
const STATUS = {
  unfavourable: ['ШФНСУ', 'red'],
  insufficient_data: ['недостаточно данных', 'gold'],
  favourable: ['не отмечена', 'green'],
} as const;

/** The ШФНСУ tab: a threshold per context factor and the number of factors, the schools with each factor's numbers. */
export function ShfnsuTab({ territoryId }: { territoryId: number }) {
  const [periodId, setPeriodId] = useState<number | null>(null);
  const [values, setValues] = useState<Values>(DEFAULTS);
  const [form] = Form.useForm<Values>();
  const [show, setShow] = useState<RiskShow>('flagged');
  const { minFactors, ...thresholds } = values;
  const list = useAsyncData(
    (signal) => schoolsAtRiskApi.shfnsu(territoryId, periodId, { minFactors, thresholds }, signal),
    [territoryId, periodId, JSON.stringify(values)],
  );
  const data = list.data;
  const flagged = (data?.schools ?? []).filter((s) => s.status === 'unfavourable');
  const undecided = (data?.schools ?? []).filter((s) => s.status === 'insufficient_data').length;
  const rows = show === 'flagged' ? flagged : (data?.schools ?? []);

  return (
    <Flex vertical gap={12}>
      <Form
        form={form}
        layout="inline"
        initialValues={DEFAULTS}
        onFinish={(v) => setValues({ ...DEFAULTS, ...v })}
        data-testid="shfnsu-params"
      >
        <Form.Item label="Учебный год">
          <Select<number>
            style={{ width: 140 }}
            value={data?.period?.id}
            placeholder="нет данных"
            options={(data?.periods ?? []).map((p) => ({ value: p.id, label: p.code }))}
            onChange={setPeriodId}
            data-testid="shfnsu-period"
          />
        </Form.Item>
        <Form.Item name="minFactors" label="Факторов не менее">
          <InputNumber min={1} max={CONDITION_FACTORS.length} precision={0} style={{ width: 60 }} data-testid="shfnsu-min-factors" />
        </Form.Item>
        {CONDITION_FACTORS.map((f) => (
          <Form.Item
            key={f.code}
            name={f.code}
            label={`${f.shortName}, от %`}
            tooltip={`${f.name}: ${f.numerator.join(' + ')} / ${f.denominator.join(' + ')}`}
          >
            <InputNumber min={0} max={100} decimalSeparator="," style={{ width: 70 }} data-testid={`shfnsu-threshold-${f.code}`} />
          </Form.Item>
        ))}
        <RiskRuleButtons
          list="shfnsu"
          onDefaults={() => {
            form.setFieldsValue(DEFAULTS);
            setValues(DEFAULTS);
          }}
        />
      </Form>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <RiskListBar
        list="shfnsu"
        show={show}
        onShow={setShow}
        summary={
          data
            ? data.period
              ? `${data.territory.name}, ${data.period.code}: ШФНСУ — ${flagged.length} ${pluralRu(flagged.length, 'школа', 'школы', 'школ')} из ${data.schoolsTotal}; недостаточно данных — ${undecided}`
              : `${data.territory.name}: нет контекстных данных`
            : ' '
        }
        saved={
          data
            ? { territoryId, periodCode: data.period?.code ?? null, orgIds: flagged.map((s) => s.orgId), params: { ...data.params } }
            : null
        }
      />
      <Table<ShfnsuSchoolView>
        size="small"
        rowKey="orgId"
        loading={list.loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: data?.period ? 'Правило не отмечает ни одной школы' : 'Нет данных' }}
        expandable={{ expandedRowRender: (s) => <ShfnsuEvidence school={s} /> }}
        columns={[
          ...schoolColumns(data),
          {
            title: 'Вывод',
            width: 170,
            render: (_, s) => <Tag color={STATUS[s.status][1]}>{STATUS[s.status][0]}</Tag>,
          },
          { title: 'Превышено', width: 100, render: (_, s) => `${s.exceeded} из ${s.factors.length}` },
          {
            title: 'Факторы',
            render: (_, s) => (
              <Flex gap={4} wrap data-testid="shfnsu-factors">
                {s.factors
                  .filter((f) => f.status !== 'not_exceeded')
                  .map((f) => (
                    <Tooltip key={f.code} title={f.sentence}>
                      <Tag color={f.status === 'exceeded' ? 'red' : undefined}>
                        {f.name}:{' '}
                        {f.share === null ? (f.status === 'missing' ? 'нет данных' : 'ошибка в данных') : `${formatNumber(f.share, 1)} %`}
                      </Tag>
                    </Tooltip>
                  ))}
              </Flex>
            ),
          },
        ]}
        data-testid="shfnsu-table"
      />
    </Flex>
  );
}
