import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { scoringApi } from '../../api/scoring-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ScoringRoundCreateModal } from './scoring-round-create-modal.tsx';
import { ScoringRoundListTable } from './scoring-round-list-table.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { useSession } from '../../hooks/use-session.ts';
import { ROUND_MANAGER_ROLES } from '../../lib/scoring-labels.ts';

/** `/scoring` («Оценка механизмов»): the rounds of expert scoring and self-assessment; managers open new ones. */
export function ScoringRoundsPage() {
  const { user } = useSession();
  const { data, error, loading, reload } = useAsyncData((signal) => scoringApi.list(signal), []);
  const [creating, setCreating] = useState(false);
  const manager = ROUND_MANAGER_ROLES.has(user.role);

  return (
    <div className="panel page-panel" data-testid="rounds-page">
      <PageTitle
        title="Оценка механизмов"
        extra={
          manager ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="round-create">
              Открыть раунд
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary" className="page-hint" style={{ fontSize: 13 }}>
        Эксперты выставляют первичные баллы по позициям оценивания методики механизмов управления; из баллов по 9 этапам рассчитываются
        степень сформированности компонентов, индексы направлений, блоков и итоговый индекс.
      </Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <ScoringRoundListTable items={data ?? []} loading={loading} expert={user.role === 'expert'} />
      {creating ? (
        <ScoringRoundCreateModal
          onClose={() => setCreating(false)}
          onCreated={(round) => {
            setCreating(false);
            navigate(`/scoring/${round.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
