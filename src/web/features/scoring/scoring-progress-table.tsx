import { Flex, Progress, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { RoundObject } from '../../api/scoring-api.ts';
import { filledPercent } from '../../lib/campaign-status.ts';
import { scoredLabel } from '../../lib/scoring-labels.ts';
import { AppLink } from '../../components/app-link.tsx';

/** The course of scoring per object: each scorer's progress, the positions that count, disagreements, agreed scores. */
export function ScoringProgressTable({ roundId, objects }: { roundId: number; objects: RoundObject[] }) {
  const columns: TableColumnsType<RoundObject> = [
    {
      title: 'Объект оценки',
      key: 'object',
      width: 230,
      render: (_, o) => (
        <Flex vertical>
          <span>{o.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Эксперты',
      key: 'scorers',
      render: (_, o) => (
        <Flex vertical gap={4}>
          {o.scorers.map((s) => (
            <Flex key={s.userId} vertical data-testid="progress-scorer" data-user-id={s.userId}>
              <span>{s.fullName}</span>
              <Flex gap={8} align="center">
                <Progress
                  percent={filledPercent(s.scored, o.positions)}
                  size="small"
                  showInfo={false}
                  style={{ width: 120, margin: 0 }}
                  aria-label={`${s.fullName}: ${scoredLabel(s.scored, o.positions)}`}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="progress-scored">
                  {scoredLabel(s.scored, o.positions)}
                </Typography.Text>
              </Flex>
            </Flex>
          ))}
        </Flex>
      ),
    },
    {
      title: 'Учтено позиций',
      key: 'resolved',
      width: 112,
      align: 'right',
      render: (_, o) => (
        <span title="Позиции, баллы которых входят в индекс: согласованные, совпавшие или выставленные одним экспертом">
          {o.resolved} из {o.positions}
        </span>
      ),
    },
    {
      title: 'Расхождения',
      key: 'disagreements',
      width: 104,
      align: 'center',
      render: (_, o) =>
        o.disagreements > 0 ? (
          <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="progress-disagreements">
            {o.disagreements}
          </Tag>
        ) : (
          <span className="muted" data-testid="progress-disagreements">
            0
          </span>
        ),
    },
    {
      title: 'Согласовано',
      key: 'agreed',
      width: 100,
      align: 'center',
      render: (_, o) => <span data-testid="progress-agreed">{o.agreed}</span>,
    },
    {
      title: '',
      key: 'open',
      width: 104,
      render: (_, o) => (
        <AppLink to={`/scoring/${roundId}/objects/${o.orgId}`} style={{ whiteSpace: 'nowrap' }} data-testid="progress-open-sheet">
          Лист оценки
        </AppLink>
      ),
    },
  ];
  return (
    <Table<RoundObject>
      rowKey="orgId"
      size="small"
      columns={columns}
      dataSource={objects}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: 'Нет объектов оценки' }}
      onRow={(o) => ({ 'data-object': o.code, 'data-org-id': o.orgId }) as HTMLAttributes<HTMLElement>}
      data-testid="progress-table"
    />
  );
}
