import { FileExcelOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { managementApi, type CycleActionView } from '../../api/management-api.ts';
import type { CatalogueDetail } from '../../api/types.ts';
import { ActionStatusModal } from './action-status-modal.tsx';
import { CycleActionModal } from './cycle-action-modal.tsx';
import { CycleSubjectSelect, type CycleSubject } from './cycle-subject-select.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { actionBasis, DECISION_KIND_NAMES, MEASURE_STATUS_NAMES, type ActionKind } from '../../../domain/cycle/management.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';
import { formatDate } from '../../lib/format-date.ts';

const STATUS_COLORS = { planned: 'blue', in_progress: 'gold', done: 'green', cancelled: 'default' } as const;

/** `/roadmap`: the roadmap of measures and the management decisions of a territory, by direction. */
export function RoadmapPage() {
  const { user } = useSession();
  const operator = CAMPAIGN_OPERATOR_ROLES.has(user.role);
  const [subject, setSubject] = useState<CycleSubject>({ territoryId: null, frameworkId: null, directionCode: null });
  const [catalogue, setCatalogue] = useState<CatalogueDetail | undefined>();
  const onCatalogue = useCallback((c: CatalogueDetail | undefined) => setCatalogue(c), []);
  const [adding, setAdding] = useState<ActionKind | null>(null);
  const [editing, setEditing] = useState<CycleActionView | null>(null);
  const { territoryId, frameworkId, directionCode } = subject;
  const filter = { ...(frameworkId ? { frameworkId } : {}), ...(directionCode ? { directionCode } : {}) };
  const actions = useAsyncData(
    (signal) => (territoryId ? managementApi.actions(territoryId, filter, signal) : Promise.resolve([])),
    [territoryId, frameworkId, directionCode],
  );
  const recommendations = useAsyncData(
    (signal) => (territoryId && operator ? managementApi.recommendations(territoryId, signal) : Promise.resolve([])),
    [territoryId, operator],
  );
  const all = actions.data ?? [];
  const measures = all.filter((a) => a.kind === 'measure');
  const decisions = all.filter((a) => a.kind === 'decision');

  const common = [
    { title: '№', dataIndex: 'id', width: 60 },
    ...(directionCode ? [] : [{ title: 'Направление', dataIndex: 'directionName', width: 200 }]),
    {
      title: 'Сроки',
      key: 'dates',
      width: 120,
      render: (_: unknown, a: CycleActionView) => `${formatDate(a.startsOn)} — ${formatDate(a.deadline)}`,
    },
    { title: 'Ответственный', dataIndex: 'responsible', width: 160 },
    {
      title: 'На что направлено',
      key: 'aims',
      render: (_: unknown, a: CycleActionView) => (
        <div style={{ fontSize: 12 }}>
          <div>{a.orgs.map((o) => o.name).join(', ')}</div>
          <div className="muted">{a.indicators.map((i) => i.code).join(', ')}</div>
        </div>
      ),
    },
    {
      title: 'Состояние',
      key: 'status',
      width: 170,
      render: (_: unknown, a: CycleActionView) => (
        <span data-testid={`action-status-${a.id}`}>
          <Tag color={STATUS_COLORS[a.status]}>{MEASURE_STATUS_NAMES[a.status]}</Tag>
          {a.overdue ? <Tag color="red">просрочено</Tag> : null}
          {operator ? (
            <Button size="small" type="link" onClick={() => setEditing(a)} data-testid={`action-edit-${a.id}`}>
              изменить
            </Button>
          ) : null}
        </span>
      ),
    },
    {
      title: 'Основание',
      key: 'basis',
      width: 140,
      render: (_: unknown, a: CycleActionView) => actionBasis(a),
    },
  ];

  return (
    <div className="panel page-panel" data-testid="roadmap-page">
      <PageTitle
        title="Дорожная карта и управленческие решения"
        extra={
          territoryId ? (
            <Space wrap>
              <Button
                icon={<FileExcelOutlined />}
                href={managementApi.roadmapUrl(territoryId, filter, 'xlsx')}
                download
                data-testid="roadmap-xlsx"
              >
                Excel
              </Button>
              <Button
                icon={<FileWordOutlined />}
                href={managementApi.roadmapUrl(territoryId, filter, 'docx')}
                download
                data-testid="roadmap-docx"
              >
                Word
              </Button>
              {operator && catalogue ? (
                <>
                  <Button icon={<PlusOutlined />} onClick={() => setAdding('measure')} data-testid="measure-add">
                    Добавить мероприятие
                  </Button>
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding('decision')} data-testid="decision-add">
                    Записать решение
                  </Button>
                </>
              ) : null}
            </Space>
          ) : null
        }
      />
      <CycleSubjectSelect value={subject} onChange={setSubject} onCatalogue={onCatalogue} testId="roadmap" />
      {actions.error ? <ErrorAlert error={actions.error} onRetry={actions.reload} /> : null}
      <Typography.Title level={2} style={{ marginTop: 16 }}>
        Мероприятия
      </Typography.Title>
      <Table<CycleActionView>
        rowKey="id"
        size="small"
        loading={actions.loading}
        dataSource={measures}
        pagination={false}
        data-testid="measures-table"
        onRow={(a) => ({ 'data-testid': `measure-row-${a.id}`, className: a.overdue ? 'row-overdue' : undefined }) as object}
        columns={[common[0]!, { title: 'Мероприятие', dataIndex: 'title' }, ...common.slice(1)]}
      />
      <Typography.Title level={2} style={{ marginTop: 16 }}>
        Управленческие решения
      </Typography.Title>
      <Table<CycleActionView>
        rowKey="id"
        size="small"
        loading={actions.loading}
        dataSource={decisions}
        pagination={false}
        data-testid="decisions-table"
        onRow={(a) => ({ 'data-testid': `decision-row-${a.id}`, className: a.overdue ? 'row-overdue' : undefined }) as object}
        columns={[
          common[0]!,
          {
            title: 'Решение',
            key: 'decision',
            render: (_: unknown, a: CycleActionView) => (
              <div>
                <Tag>{a.decisionKind ? DECISION_KIND_NAMES[a.decisionKind] : ''}</Tag> {a.title}
                <div className="muted" style={{ fontSize: 12 }}>
                  {a.actKind} № {a.actNumber} от {formatDate(a.actDate)}; участники: {a.participants}
                </div>
              </div>
            ),
          },
          ...common.slice(1),
        ]}
      />
      {adding && territoryId && catalogue ? (
        <CycleActionModal
          kind={adding}
          territoryId={territoryId}
          catalogue={catalogue}
          directionCode={directionCode}
          recommendations={(recommendations.data ?? []).filter((r) => !directionCode || r.directionCode === directionCode)}
          measures={measures}
          onClose={() => setAdding(null)}
          onDone={() => {
            setAdding(null);
            actions.reload();
          }}
        />
      ) : null}
      {editing ? (
        <ActionStatusModal
          action={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            actions.reload();
          }}
        />
      ) : null}
    </div>
  );
}
