import { Flex, Form, InputNumber, Select, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { schoolsAtRiskApi, type ShnorParams, type ShnorSchoolView } from '../../api/schools-at-risk-api.ts';
import { PROCEDURE_LABELS } from '../../../domain/schools-at-risk/assessment-results.ts';
import { SHNOR_DEFAULTS } from '../../../domain/schools-at-risk/low-results-list.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { RiskListBar, RiskRuleButtons, schoolColumns, type RiskShow } from './risk-list-bar.tsx';
import { ShnorEvidence } from './shnor-evidence.tsx';

const pct = (v: number | null) => (v === null ? 'нет данных' : `${formatNumber(v, 1)} %`);

/** The ШНОР tab: the rule's parameters, the year, the schools with their evidence; the list can be saved as a group. */
export function ShnorTab({ territoryId }: { territoryId: number }) {
  const [periodId, setPeriodId] = useState<number | null>(null);
  const [params, setParams] = useState<ShnorParams>(SHNOR_DEFAULTS);
  const [form] = Form.useForm<ShnorParams>();
  const [show, setShow] = useState<RiskShow>('flagged');
  const list = useAsyncData(
    (signal) => schoolsAtRiskApi.shnor(territoryId, periodId, params, signal),
    [territoryId, periodId, JSON.stringify(params)],
  );
  const data = list.data;
  const flagged = (data?.schools ?? []).filter((s) => s.stablyLow);
  const rows = show === 'flagged' ? flagged : (data?.schools ?? []);

  return (
    <Flex vertical gap={12}>
      <Form
        form={form}
        layout="inline"
        initialValues={SHNOR_DEFAULTS}
        onFinish={(v) => setParams({ ...SHNOR_DEFAULTS, ...v })}
        data-testid="shnor-params"
      >
        <Form.Item label="Учебный год">
          <Select<number>
            style={{ width: 140 }}
            value={data?.period?.id}
            placeholder="нет данных"
            options={(data?.periods ?? []).map((p) => ({ value: p.id, label: p.code }))}
            onChange={setPeriodId}
            data-testid="shnor-period"
          />
        </Form.Item>
        <Form.Item
          name="thresholdPercent"
          label="Низкий результат: не менее, %"
          tooltip="Доля «2» (ВПР) или не преодолевших минимальный порог (ОГЭ, ЕГЭ, НИКО) среди участников, 004 §1.1"
        >
          <InputNumber min={1} max={100} decimalSeparator="," style={{ width: 80 }} data-testid="shnor-threshold" />
        </Form.Item>
        <Form.Item
          name="minParticipants"
          label="Участников не менее (правило органа управления)"
          tooltip="В методике (004 §1.1) минимальной численности участников нет: пусто — без минимума. Если задать число, меньшие группы показываются, но не отмечаются; это собственное правило органа управления, оно указывается в доказательствах"
        >
          <InputNumber min={1} max={1000} precision={0} placeholder="нет" style={{ width: 70 }} data-testid="shnor-min-participants" />
        </Form.Item>
        <Form.Item name="minLowYears" label="Низких лет не менее">
          <InputNumber min={1} max={10} precision={0} style={{ width: 60 }} data-testid="shnor-min-years" />
        </Form.Item>
        <Form.Item name="windowYears" label="из последних лет">
          <InputNumber min={1} max={10} precision={0} style={{ width: 60 }} data-testid="shnor-window" />
        </Form.Item>
        <Form.Item
          name="objectivityGapPercent"
          label="Расхождение с журналом от, %"
          tooltip="Понижено + повышено отметок от сравненных с отметкой по журналу: сигнал необъективности"
        >
          <InputNumber min={1} max={100} decimalSeparator="," style={{ width: 80 }} data-testid="shnor-gap" />
        </Form.Item>
        <RiskRuleButtons
          list="shnor"
          onDefaults={() => {
            form.setFieldsValue(SHNOR_DEFAULTS);
            setParams(SHNOR_DEFAULTS);
          }}
        />
      </Form>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <RiskListBar
        list="shnor"
        show={show}
        onShow={setShow}
        summary={
          data
            ? data.period
              ? `${data.territory.name}, ${data.period.code}: ШНОР — ${flagged.length} ${pluralRu(flagged.length, 'школа', 'школы', 'школ')} из ${data.schoolsTotal}`
              : `${data.territory.name}: нет результатов оценочных процедур`
            : ' '
        }
        saved={
          data
            ? { territoryId, periodCode: data.period?.code ?? null, orgIds: flagged.map((s) => s.orgId), params: { ...data.params } }
            : null
        }
      />
      <Table<ShnorSchoolView>
        size="small"
        rowKey="orgId"
        loading={list.loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: data?.period ? 'Правила не отмечают ни одной школы' : 'Нет данных' }}
        expandable={{ expandedRowRender: (s) => <ShnorEvidence school={s} /> }}
        columns={[
          ...schoolColumns(data),
          {
            title: 'Вывод',
            width: 150,
            render: (_, s) =>
              s.stablyLow ? <Tag color="red">ШНОР</Tag> : s.noResults ? <Tag>нет результатов</Tag> : <Tag color="green">не отмечена</Tag>,
          },
          { title: 'Низкие годы', width: 110, render: (_, s) => `${s.lowYears.length} из ${s.years.length}` },
          {
            title: 'Доля низких результатов по годам',
            render: (_, s) => (
              <Flex gap={4} wrap data-testid="shnor-trend">
                {s.years.map((y) => (
                  <Tooltip
                    key={y.year}
                    title={`Доля за год: ${y.low} из ${y.participants} результатов участников по всем процедурам; год отмечен, если хотя бы одна процедура дала не менее ${data?.params.thresholdPercent ?? 30} %; низких результатов: ${y.lowResults}`}
                  >
                    <Tag color={y.isLow ? 'red' : undefined}>
                      {y.label}: {pct(y.lowShare)}
                      {y.lowSummary ? ` — ${y.lowSummary}` : ''}
                    </Tag>
                  </Tooltip>
                ))}
              </Flex>
            ),
          },
          { title: 'Процедуры', width: 120, render: (_, s) => s.procedures.join(', ') || '—' },
          {
            title: 'Объективность',
            width: 170,
            render: (_, s) => {
              const signals = s.years.flatMap((y) => y.objectivity.filter((o) => o.flagged).map((o) => ({ y, o })));
              return signals.length ? (
                <Flex gap={4} wrap>
                  {signals.map(({ y, o }) => (
                    <Tooltip key={`${y.year}-${o.procedure}`} title={o.sentence}>
                      <Tag color="orange" data-testid="objectivity-tag">
                        {PROCEDURE_LABELS[o.procedure]} {y.label}: {formatNumber(o.gapShare, 0)} %
                      </Tag>
                    </Tooltip>
                  ))}
                </Flex>
              ) : (
                '—'
              );
            },
          },
        ]}
        data-testid="shnor-table"
      />
    </Flex>
  );
}
