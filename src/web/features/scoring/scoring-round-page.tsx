import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { scoringApi } from '../../api/scoring-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { PageNotLoaded } from '../../components/page-not-loaded.tsx';
import { ScoringCloseButton } from './scoring-close-button.tsx';
import { ScoringExplainDrawer } from './scoring-explain-drawer.tsx';
import { ScoringImportButton } from './scoring-import-button.tsx';
import { ScoringIndexChart } from './scoring-index-chart.tsx';
import { ScoringProgressTable } from './scoring-progress-table.tsx';
import { ScoringRatingTable } from './scoring-rating-table.tsx';
import { ScoringRoundHeader } from './scoring-round-header.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import type { ExplainTarget } from '../../lib/scoring-explain.ts';

/** `/scoring/:id`: a round's rating of objects by the 9-step index, the chart, and the course of scoring per object. */
export function ScoringRoundPage({ roundId }: { roundId: number }) {
  const { user } = useSession();
  const { data: round, error, loading, reload, setData } = useAsyncData((signal) => scoringApi.get(roundId, signal), [roundId]);
  const [explain, setExplain] = useState<ExplainTarget | null>(null);

  if (!round) {
    return (
      <PageNotLoaded
        error={error}
        loading={loading}
        onRetry={reload}
        unavailable={{
          forbidden: 'Нет доступа к раунду оценки',
          notFound: 'Раунд оценки не найден',
          back: <AppLink to="/scoring">Все раунды</AppLink>,
          testId: 'round-unavailable',
        }}
      />
    );
  }

  const scorer = round.objectsList.some((o) => o.scorers.some((s) => s.userId === user.id));
  const placed = round.objectsList.filter((o) => o.place !== null).length;
  return (
    <Flex vertical gap={12} data-testid="round-page">
      <div className="panel page-panel" style={{ padding: '12px 20px 14px' }}>
        <ScoringRoundHeader round={round} />
        <Flex justify="space-between" align="center" wrap gap={10} style={{ marginTop: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {round.manages || !scorer
              ? 'Числа индекса открывают пояснение: правило этапа и расчёт.'
              : 'Показаны объекты, назначенные вам. Числа индекса открывают пояснение: правило этапа и расчёт.'}
          </Typography.Text>
          <Flex wrap gap={8}>
            <Button href={scoringApi.exportUrl(round.id)} download icon={<FileExcelOutlined />} data-testid="round-export">
              Выгрузить в Excel
            </Button>
            {scorer && !round.closedAt ? <ScoringImportButton roundId={round.id} onImported={reload} /> : null}
            {round.manages && !round.closedAt ? <ScoringCloseButton round={round} onClosed={setData} /> : null}
          </Flex>
        </Flex>
      </div>
      <div className="panel page-panel" style={{ padding: '12px 20px' }}>
        <Typography.Title level={2} className="section-title">
          Рейтинг объектов
          <span className="section-title-note">
            место — по итоговому индексу; в рейтинге {placed} из {round.objectsList.length}
          </span>
        </Typography.Title>
        <ScoringRatingTable roundId={round.id} objects={round.objectsList} onExplain={setExplain} />
      </div>
      <div className="panel page-panel" style={{ padding: '12px 20px' }}>
        <Typography.Title level={2} className="section-title">
          Итоговый индекс по объектам, %
        </Typography.Title>
        <ScoringIndexChart objects={round.objectsList} />
      </div>
      <div className="panel page-panel" style={{ padding: '12px 20px' }}>
        <Typography.Title level={2} className="section-title">
          Ход оценки
          <span className="section-title-note">расхождения экспертов не входят в индекс, пока оператор не согласует балл</span>
        </Typography.Title>
        <ScoringProgressTable roundId={round.id} objects={round.objectsList} />
      </div>
      <ScoringExplainDrawer target={explain} onClose={() => setExplain(null)} />
    </Flex>
  );
}
