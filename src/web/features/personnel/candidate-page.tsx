import { Alert, App, Button, Descriptions, Form, Input, Select, Space, Steps, Tag } from 'antd';
import { useState } from 'react';
import { personnelApi, type CandidateCard } from '../../api/personnel-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { CandidateAppointModal } from './candidate-appoint-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { EventTable } from './event-table.tsx';
import { PlanItems } from './plan-items.tsx';
import { ReserveEventModal } from './reserve-event-modal.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { formatDate } from '../../lib/format-date.ts';
import { CANDIDATE_STATUS_COLORS, CANDIDATE_STATUS_NAMES, EDUCATION_LEVEL_NAMES, PERSONNEL_ROLES } from '../../lib/personnel-labels.ts';

type Event = CandidateCard['events'][number];

function stageIndex(c: CandidateCard): number {
  if (c.status === 'appointed') return 3;
  if (c.status === 'enrolled') return 2;
  return c.events.some((e) => e.kind === 'diagnostics') ? 1 : 0;
}

/** `/reserve/candidates/:id`: a candidate of the reserve from nomination to appointment. */
export function CandidatePage({ candidateId }: { candidateId: number }) {
  const { user } = useSession();
  const { message } = App.useApp();
  const card = useAsyncData((signal) => personnelApi.candidate(candidateId, signal), [candidateId]);
  const [event, setEvent] = useState<'diagnostics' | 'training' | null>(null);
  const [appointing, setAppointing] = useState(false);
  const [excluding, setExcluding] = useState(false);
  const [enrolledOn, setEnrolledOn] = useState(isoToday());
  const step = useSubmit();
  const [excludeForm] = Form.useForm<{ excludedOn: string; reason: string }>();
  const keeps = PERSONNEL_ROLES.includes(user.role);
  const register = useAsyncData(
    (signal) => (keeps && card.data ? personnelApi.leaders(card.data.municipality.id, signal) : Promise.resolve(undefined)),
    [keeps, card.data?.municipality.id],
  );
  if (card.error) return <ErrorAlert error={card.error} onRetry={card.reload} />;
  const c = card.data;
  if (!c) return <FullPageSpin />;
  // An appointed or excluded candidate's record is closed: it stays as it was.
  const editable = keeps && !c.own && (c.status === 'nominated' || c.status === 'enrolled');
  const done = (next: CandidateCard, note = 'Сохранено; показатели резерва пересчитаны') => {
    card.setData(next);
    setEvent(null);
    setAppointing(false);
    setExcluding(false);
    void message.success(note);
  };
  const mentors = (register.data?.leaders ?? []).filter((l) => l.inPost && l.postKind === 'head');

  return (
    <div className="panel page-panel" data-testid="candidate-page">
      <PageTitle
        title={c.fullName}
        extra={
          <Tag color={CANDIDATE_STATUS_COLORS[c.status]} data-testid="candidate-status">
            {CANDIDATE_STATUS_NAMES[c.status]}
          </Tag>
        }
      />
      {keeps ? <AppLink to="/reserve">← Кадровый резерв</AppLink> : null}
      {c.own ? (
        <Alert
          type="info"
          showIcon
          style={{ margin: '8px 0' }}
          title="Это ваша карточка кандидата: её видите вы, муниципальный оператор и администратор."
        />
      ) : null}
      <Steps
        style={{ margin: '16px 0' }}
        current={stageIndex(c)}
        status={c.status === 'excluded' ? 'error' : c.status === 'appointed' ? 'finish' : undefined}
        items={[
          { title: 'Выдвинут', content: formatDate(c.nominatedOn) },
          { title: 'Диагностика', content: c.events.find((e) => e.kind === 'diagnostics') ? 'проведена' : 'не проведена' },
          { title: 'Зачислен в резерв', content: c.enrolledOn ? formatDate(c.enrolledOn) : '' },
          { title: 'Назначен', content: c.appointment ? formatDate(c.appointment.appointedOn) : '' },
        ]}
      />
      {step.error ? (
        <Alert type="error" showIcon title={step.error} style={{ marginBottom: 12 }} data-testid="candidate-step-error" />
      ) : null}
      {c.status === 'excluded' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Исключён из резерва ${formatDate(c.excludedOn)}: ${c.exclusionReason ?? ''}`}
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="candidate-record">
        <Descriptions.Item label="Место работы">{c.workplace?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Должность">{c.currentPost}</Descriptions.Item>
        <Descriptions.Item label="Резерв на должность">{c.targetPost}</Descriptions.Item>
        <Descriptions.Item label="Конкурсный отбор">{c.round ? `${c.round.title} (${formatDate(c.round.heldOn)})` : '—'}</Descriptions.Item>
        <Descriptions.Item label="Образование">{EDUCATION_LEVEL_NAMES[c.educationLevel]}</Descriptions.Item>
        <Descriptions.Item label="Подготовка по управлению">{c.mgmtEducation ?? 'нет'}</Descriptions.Item>
        <Descriptions.Item label="Наставник">
          {editable ? (
            <Select<number | null>
              style={{ minWidth: 280 }}
              value={c.mentor?.id ?? null}
              allowClear
              placeholder="не назначен"
              aria-label="Наставник"
              options={mentors.map((m) => ({ value: m.id, label: `${m.fullName} (${m.org.name})` }))}
              onChange={(v) =>
                void step.run(async () => done((await personnelApi.setMentor(c.id, v ?? null)).candidate, 'Наставник сохранён'))
              }
              data-testid="candidate-mentor"
            />
          ) : c.mentor ? (
            `${c.mentor.fullName} (${c.mentor.org})`
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {c.appointment ? (
          <Descriptions.Item label="Назначение" span={2}>
            <span data-testid="candidate-appointment">
              {c.appointment.postTitle}, {c.appointment.org.name}, с {formatDate(c.appointment.appointedOn)}; приказ №{' '}
              {c.appointment.orderNumber} от {formatDate(c.appointment.orderDate)}; утвердил {c.appointment.approvedByName},{' '}
              {c.appointment.approvedByPost}
              {c.appointment.leaderId && keeps ? (
                <>
                  {' '}
                  — <AppLink to={`/leaders/${c.appointment.leaderId}`}>карточка руководителя</AppLink>
                </>
              ) : null}
            </span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>

      {editable ? (
        <Space wrap style={{ margin: '12px 0' }}>
          <Button onClick={() => setEvent('diagnostics')} data-testid="candidate-diagnostics">
            Записать диагностику
          </Button>
          <Button onClick={() => setEvent('training')} data-testid="candidate-training">
            Записать обучение
          </Button>
          {c.status === 'nominated' ? (
            <Space.Compact>
              <CampaignDateInput value={enrolledOn} onChange={setEnrolledOn} style={{ width: 140 }} testId="candidate-enroll-date" />
              <Button
                type="primary"
                loading={step.saving}
                onClick={() =>
                  void step.run(async () => done((await personnelApi.enroll(c.id, enrolledOn)).candidate, 'Кандидат зачислен в резерв'))
                }
                data-testid="candidate-enroll"
              >
                Зачислить в резерв
              </Button>
            </Space.Compact>
          ) : null}
          {c.status === 'enrolled' ? (
            <Button type="primary" onClick={() => setAppointing(true)} disabled={!register.data} data-testid="candidate-appoint">
              Назначить на должность
            </Button>
          ) : null}
          {c.status === 'nominated' || c.status === 'enrolled' ? (
            <Button danger onClick={() => setExcluding(true)}>
              Исключить из резерва
            </Button>
          ) : null}
        </Space>
      ) : null}

      <h2 className="section-title">Диагностика и обучение</h2>
      <EventTable<Event>
        events={c.events}
        testId="candidate-events"
        columns={[
          {
            title: 'Вид',
            dataIndex: 'kind',
            render: (k: Event['kind']) => <Tag>{k === 'diagnostics' ? 'диагностика' : 'обучение'}</Tag>,
            width: 120,
          },
          { title: 'Содержание', dataIndex: 'title' },
          {
            title: 'Итог',
            key: 'passed',
            render: (_: unknown, e) =>
              e.kind === 'diagnostics' ? (e.passed ? 'пройдена успешно' : 'не пройдена') : e.hours ? `${e.hours} ч` : '',
          },
          { title: 'Примечание', dataIndex: 'result' },
        ]}
      />
      <h2 className="section-title">План индивидуального развития</h2>
      <PlanItems candidate={c} editable={editable} onChange={card.setData} />

      {event ? <ReserveEventModal candidate={c} kind={event} onClose={() => setEvent(null)} onDone={(next) => done(next)} /> : null}
      {appointing && register.data ? (
        <CandidateAppointModal
          candidate={c}
          register={register.data}
          onClose={() => setAppointing(false)}
          onDone={(next) => done(next, 'Назначение записано')}
        />
      ) : null}
      {excluding ? (
        <FormModal
          title="Исключение из резерва"
          okText="Исключить"
          testId="candidate-exclude-submit"
          danger
          saving={step.saving}
          error={step.error}
          onOk={() => excludeForm.submit()}
          onClose={() => setExcluding(false)}
        >
          <Form
            form={excludeForm}
            layout="vertical"
            initialValues={{ excludedOn: isoToday() }}
            onFinish={(v) =>
              void step.run(async () =>
                done((await personnelApi.exclude(c.id, v.excludedOn, v.reason)).candidate, 'Кандидат исключён из резерва'),
              )
            }
          >
            <Form.Item label="Дата" name="excludedOn" rules={[{ required: true, message: 'Укажите дату' }]}>
              <CampaignDateInput style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              label="Причина"
              name="reason"
              rules={[{ required: true, whitespace: true, message: 'Укажите причину' }]}
              style={{ marginBottom: 0 }}
            >
              <Input maxLength={1000} />
            </Form.Item>
          </Form>
        </FormModal>
      ) : null}
    </div>
  );
}
