import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Form, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { orgsApi } from '../../api/orgs-api.ts';
import { personnelApi, type CandidateRow, type ReserveRound, type ReserveView } from '../../api/personnel-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { CandidateCreateModal } from './candidate-create-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ReserveSettingsForm } from './reserve-settings-form.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { formatDate } from '../../lib/format-date.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { CANDIDATE_STATUS_COLORS, CANDIDATE_STATUS_NAMES, COMPLETION_BAND_NAMES } from '../../lib/personnel-labels.ts';

const UNIT: Record<string, string> = { persons: 'чел.', percent: '%', flag: '', units: 'ед.' };

/** `/reserve`: the municipality's personnel reserve — rules, selection rounds, candidates, and the seed-003 indicators. */
export function ReservePage() {
  const [municipalityId, setMunicipalityId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const reserve = useAsyncData(
    (signal) => (municipalityId ? personnelApi.reserve(municipalityId, signal) : Promise.resolve<ReserveView | undefined>(undefined)),
    [municipalityId],
  );
  const organisations = useAsyncData(
    (signal) => (municipalityId ? orgsApi.organisationsOf(municipalityId, signal) : Promise.resolve([])),
    [municipalityId],
  );
  const round = useSubmit();
  const [roundForm] = Form.useForm<{ title: string; heldOn: string; orderNumber: string }>();
  const r = reserve.data;

  return (
    <div className="panel page-panel" data-testid="reserve-page">
      <PageTitle
        title="Кадровый резерв управленческих кадров"
        extra={
          r ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="candidate-add">
              Выдвинуть кандидата
            </Button>
          ) : null
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Муниципалитет:</span>
        <CampaignTerritorySelect
          prefer="municipality"
          value={municipalityId}
          onChange={setMunicipalityId}
          testId="reserve-territory"
          style={{ width: 360 }}
        />
      </Space>
      {reserve.error ? <ErrorAlert error={reserve.error} onRetry={reserve.reload} /> : null}
      {r ? (
        <>
          {r.selectionOverdue ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="selection-overdue"
              title={
                r.nextSelectionDue
                  ? `Конкурсный отбор в резерв проводится не реже раза в два года: следующий нужно было провести до ${formatDate(r.nextSelectionDue)}.`
                  : 'Конкурсный отбор в резерв ещё не проводился: он проводится не реже раза в два года.'
              }
            />
          ) : (
            <p className="muted">Следующий конкурсный отбор — не позднее {formatDate(r.nextSelectionDue)} (не реже раза в два года).</p>
          )}
          <Collapse
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'settings',
                label: 'Правила резерва и пороги зон руководителей',
                children: <ReserveSettingsForm reserve={r} onSaved={reserve.setData} />,
              },
              {
                key: 'rounds',
                label: `Конкурсные отборы (${r.rounds.length})`,
                children: (
                  <>
                    <Table<ReserveRound>
                      rowKey="id"
                      size="small"
                      pagination={false}
                      dataSource={r.rounds}
                      columns={[
                        { title: 'Отбор', dataIndex: 'title' },
                        { title: 'Дата', dataIndex: 'heldOn', render: (d: string) => formatDate(d), width: 110 },
                        { title: 'Приказ', dataIndex: 'orderNumber', render: (v: string | null) => v ?? '—', width: 110 },
                        { title: 'Кандидатов', dataIndex: 'candidates', width: 110 },
                      ]}
                    />
                    {round.error ? <Alert type="error" showIcon title={round.error} style={{ marginTop: 8 }} /> : null}
                    <Form
                      form={roundForm}
                      layout="inline"
                      style={{ marginTop: 12 }}
                      initialValues={{ heldOn: isoToday() }}
                      onFinish={(v) =>
                        void round.run(async () => {
                          reserve.setData(await personnelApi.addRound(r.municipality.id, { ...v, orderNumber: v.orderNumber || null }));
                          roundForm.resetFields();
                        })
                      }
                    >
                      <Form.Item name="title" rules={[{ required: true, whitespace: true, message: 'Название' }]}>
                        <Input placeholder="Конкурсный отбор …" style={{ width: 320 }} />
                      </Form.Item>
                      <Form.Item name="heldOn" rules={[{ required: true, message: 'Дата' }]}>
                        <CampaignDateInput style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item name="orderNumber">
                        <Input placeholder="приказ №" style={{ width: 120 }} />
                      </Form.Item>
                      <Button htmlType="submit" loading={round.saving}>
                        Записать отбор
                      </Button>
                    </Form>
                  </>
                ),
              },
            ]}
          />
          <Table<CandidateRow>
            rowKey="id"
            size="small"
            dataSource={r.candidates}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 1000 }}
            data-testid="candidates-table"
            columns={[
              { title: 'ФИО', key: 'name', render: (_: unknown, c) => <AppLink to={`/reserve/candidates/${c.id}`}>{c.fullName}</AppLink> },
              { title: 'Место работы, должность', key: 'work', render: (_: unknown, c) => `${c.workplace ?? '—'}; ${c.currentPost}` },
              { title: 'Резерв на должность', dataIndex: 'targetPost' },
              {
                title: 'Этап',
                key: 'status',
                render: (_: unknown, c) => <Tag color={CANDIDATE_STATUS_COLORS[c.status]}>{CANDIDATE_STATUS_NAMES[c.status]}</Tag>,
                filters: Object.entries(CANDIDATE_STATUS_NAMES).map(([value, text]) => ({ value, text })),
                onFilter: (v, c) => c.status === v,
              },
              {
                title: 'Диагностика',
                key: 'diag',
                render: (_: unknown, c) =>
                  c.diagnostics ? (
                    `${formatDate(c.diagnostics.heldOn)}: ${c.diagnostics.passed ? 'пройдена' : 'не пройдена'}`
                  ) : (
                    <span className="muted">нет</span>
                  ),
              },
              {
                title: 'План развития',
                key: 'plan',
                render: (_: unknown, c) =>
                  c.completion === null ? (
                    <span className="muted">нет плана</span>
                  ) : (
                    <span title={c.band ? COMPLETION_BAND_NAMES[c.band] : ''}>
                      {formatNumber(c.completion, 0)} % ({c.planItems} п.)
                    </span>
                  ),
              },
              { title: 'Наставник', dataIndex: 'mentor', render: (m: string | null) => m ?? '—' },
              {
                title: 'Назначение',
                key: 'appointment',
                render: (_: unknown, c) =>
                  c.appointment ? `${c.appointment.postTitle}, ${c.appointment.orgName}, с ${formatDate(c.appointment.appointedOn)}` : '—',
              },
            ]}
          />
          <h2 className="section-title">Показатели кадрового резерва (seed 003)</h2>
          <p className="muted">
            {r.indicators.period
              ? `Рассчитаны из записей резерва за ${r.indicators.period.name}; пересчитываются при каждом изменении.`
              : 'Показатели ещё не рассчитаны: рассчитайте методику на странице «Рейтинги».'}
          </p>
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={r.indicators.values}
            data-testid="reserve-indicators"
            columns={[
              { title: 'Код', dataIndex: 'code', width: 80 },
              { title: 'Показатель', dataIndex: 'name' },
              {
                title: 'Значение',
                key: 'value',
                width: 120,
                render: (_: unknown, v: ReserveView['indicators']['values'][number]) =>
                  v.value === null ? (
                    <span className="muted" title={v.reason ?? ''}>
                      нет данных
                    </span>
                  ) : v.unit === 'flag' ? (
                    v.value ? (
                      'есть'
                    ) : (
                      'нет'
                    )
                  ) : (
                    `${formatNumber(v.value, 2)} ${UNIT[v.unit] ?? ''}`
                  ),
              },
            ]}
          />
        </>
      ) : null}
      {adding && r ? (
        <CandidateCreateModal
          municipalityId={r.municipality.id}
          organisations={organisations.data ?? []}
          rounds={r.rounds}
          onClose={() => setAdding(false)}
          onDone={(c) => {
            setAdding(false);
            navigate(`/reserve/candidates/${c.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
