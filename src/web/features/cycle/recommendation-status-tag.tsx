import { Tag } from 'antd';
import type { RecommendationView } from '../../api/management-api.ts';
import { RECOMMENDATION_STATUS_NAMES } from '../../../domain/cycle/management.ts';

const COLORS = { issued: 'blue', acknowledged: 'gold', reported: 'green' } as const;

/** The status of a recommendation, and «просрочена» when its date passed without a report. */
export function RecommendationStatusTag({ r }: { r: Pick<RecommendationView, 'status' | 'overdue' | 'id'> }) {
  return (
    <span data-testid={`rec-status-${r.id}`}>
      <Tag color={COLORS[r.status]}>{RECOMMENDATION_STATUS_NAMES[r.status]}</Tag>
      {r.overdue ? <Tag color="red">просрочена</Tag> : null}
    </span>
  );
}
