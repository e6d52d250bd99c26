import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import { personnelApi, type LeaderCard, type LeaderEventView, type LeaderPeriodResult } from '../../api/personnel-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { EventTable } from './event-table.tsx';
import { LeaderEventModal } from './leader-event-modal.tsx';
import { LeaderFormModal } from './leader-form-modal.tsx';
import { LeaderZoneTag } from './leader-zone-tag.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDate } from '../../lib/format-date.ts';
import { formatNumber } from '../../lib/format-number.ts';
import {
  COMPETENCE_LEVEL_NAMES,
  EDUCATION_LEVEL_NAMES,
  LEADER_EVENT_NAMES,
  PERSONNEL_ROLES,
  POST_KIND_NAMES,
} from '../../lib/personnel-labels.ts';
import { resultCardPath } from '../../lib/result-card.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';

const levelText = (e: LeaderEventView) =>
  e.kind === 'competence_assessment'
    ? `уровень: ${COMPETENCE_LEVEL_NAMES[e.level as keyof typeof COMPETENCE_LEVEL_NAMES] ?? e.level}`
    : e.kind === 'attestation'
      ? e.level === 'passed'
        ? 'соответствует должности'
        : 'не соответствует должности'
      : e.kind === 'training'
        ? [e.hours ? `${e.hours} ч` : '', e.relevant ? 'актуальное направление' : 'не по актуальному направлению']
            .filter(Boolean)
            .join(', ')
        : e.kind === 'deficit_diagnostics'
          ? e.voluntary
            ? 'добровольно'
            : 'по направлению'
          : '';

/** The directions some period gave the organisation a score on (the reserve's are the district's, not an organisation's). */
function directionsOf(results: readonly LeaderPeriodResult[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of results) for (const d of r.directions) if (d.score !== null && !seen.has(d.code)) seen.set(d.code, d.name);
  return [...seen].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

/** `/leaders/:id`: a leader's card — the record, training and diagnostics, and the organisation's results with the zone. */
export function LeaderPage({ leaderId }: { leaderId: number }) {
  const { user } = useSession();
  const { message } = App.useApp();
  const card = useAsyncData((signal) => personnelApi.leader(leaderId, signal), [leaderId]);
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  const organisations = useAsyncData(
    (signal) =>
      card.data && PERSONNEL_ROLES.includes(user.role) ? orgsApi.organisationsOf(card.data.municipality.id, signal) : Promise.resolve([]),
    [card.data?.municipality.id],
  );
  if (card.error) return <ErrorAlert error={card.error} onRetry={card.reload} />;
  const l = card.data;
  if (!l) return <FullPageSpin />;
  const keeps = PERSONNEL_ROLES.includes(user.role) && !l.own;
  const done = (next: LeaderCard) => {
    card.setData(next);
    setEditing(false);
    setRecording(false);
    void message.success('Сохранено; показатели пересчитаны');
  };
  const remove = async (eventId: number) => {
    try {
      done((await personnelApi.removeLeaderEvent(l.id, eventId)).leader);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <div className="panel page-panel" data-testid="leader-page">
      <PageTitle
        title={l.fullName}
        extra={
          keeps ? (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="leader-edit">
                Изменить
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="leader-event-add">
                Записать обучение, диагностику, оценку
              </Button>
            </Space>
          ) : null
        }
      />
      {keeps ? <AppLink to="/leaders">← Реестр руководителей</AppLink> : null}
      {l.own ? (
        <Alert
          type="info"
          showIcon
          style={{ margin: '8px 0' }}
          title="Это ваша карточка: её видите вы, муниципальный оператор и администратор."
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }} data-testid="leader-record">
        <Descriptions.Item label="Организация">
          <AppLink to={resultCardPath(l.org.id)}>{l.org.name}</AppLink>
        </Descriptions.Item>
        <Descriptions.Item label="Должность">
          {l.postTitle} ({POST_KIND_NAMES[l.postKind]})
        </Descriptions.Item>
        <Descriptions.Item label="Назначен">{formatDate(l.appointedOn)}</Descriptions.Item>
        <Descriptions.Item label="Освободил должность">{l.leftOn ? formatDate(l.leftOn) : 'занимает должность'}</Descriptions.Item>
        <Descriptions.Item label="Образование">
          {EDUCATION_LEVEL_NAMES[l.educationLevel]}
          {l.education ? `: ${l.education}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Подготовка по управлению">{l.mgmtEducation ?? 'нет'}</Descriptions.Item>
        <Descriptions.Item label="Аттестация">
          {l.lastAttestation
            ? `${formatDate(l.lastAttestation.heldOn)}: ${l.lastAttestation.level === 'passed' ? 'соответствует' : 'не соответствует'}`
            : 'нет записи'}
        </Descriptions.Item>
        <Descriptions.Item label="Зона руководителя и команды">
          <LeaderZoneTag zone={l.zone} score={l.score} />
        </Descriptions.Item>
      </Descriptions>

      <h2 className="section-title">Результаты организации в рейтинге эффективности руководителей</h2>
      <p className="muted">
        {l.catalogue ? `Методика «${l.catalogue.name}». ` : ''}Сводный балл — среди организаций того же типа муниципалитета; зона: зелёная
        от {formatNumber(l.zones.greenMin, 2)}, жёлтая от {formatNumber(l.zones.yellowMin, 2)} баллов. Все показатели организации — в её{' '}
        <AppLink to={resultCardPath(l.org.id, l.catalogue?.id ?? null)}>карточке результатов</AppLink>.
      </p>
      <ScrollRegion label="Результаты организации по периодам">
        <Table<LeaderPeriodResult>
          rowKey="periodId"
          size="small"
          pagination={false}
          dataSource={l.results}
          data-testid="leader-results"
          locale={{ emptyText: 'Результаты ещё не рассчитаны' }}
          scroll={{ x: 700 }}
          columns={[
            {
              title: 'Период',
              key: 'period',
              render: (_: unknown, r) => (
                <>
                  {r.periodName}
                  {r.endsOn < l.appointedOn ? (
                    <Tag style={{ marginLeft: 6 }} title="Период закончился до назначения: результаты — при прежнем руководителе">
                      до назначения
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              title: 'Сводный балл',
              dataIndex: 'score',
              render: (s: number | null) => (s === null ? <span className="muted">не ранжируется</span> : formatNumber(s, 2)),
            },
            { title: 'Место', key: 'place', render: (_: unknown, r) => (r.place ? `${r.place} из ${r.compared}` : '—') },
            { title: 'Зона', key: 'zone', render: (_: unknown, r) => <LeaderZoneTag zone={r.zone} score={r.score} /> },
            ...directionsOf(l.results).map((d) => ({
              title: <span title={d.name}>{d.code}</span>,
              key: d.code,
              render: (_: unknown, r: LeaderPeriodResult) => {
                const s = r.directions.find((x) => x.code === d.code)?.score;
                return s === null || s === undefined ? <span className="muted">—</span> : formatNumber(s, 1);
              },
            })),
          ]}
        />
      </ScrollRegion>

      <h2 className="section-title">Обучение, диагностика, оценка, аттестация</h2>
      <EventTable<LeaderEventView>
        events={[...l.events].reverse()}
        testId="leader-events"
        columns={[
          { title: 'Вид', dataIndex: 'kind', render: (k: LeaderEventView['kind']) => <Tag>{LEADER_EVENT_NAMES[k]}</Tag> },
          { title: 'Содержание', dataIndex: 'title' },
          { title: 'Итог', key: 'level', render: (_: unknown, e) => levelText(e) },
          { title: 'Примечание', dataIndex: 'result' },
          ...(keeps
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 48,
                  render: (_: unknown, e: LeaderEventView) => (
                    <Popconfirm title="Удалить ошибочную запись?" okText="Удалить" cancelText="Отмена" onConfirm={() => void remove(e.id)}>
                      <Button size="small" icon={<DeleteOutlined />} aria-label="Удалить" />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <LeaderFormModal
          municipalityId={l.municipality.id}
          organisations={organisations.data ?? [l.org]}
          leader={l}
          onClose={() => setEditing(false)}
          onDone={done}
        />
      ) : null}
      {recording ? <LeaderEventModal leader={l} onClose={() => setRecording(false)} onDone={done} /> : null}
    </div>
  );
}
