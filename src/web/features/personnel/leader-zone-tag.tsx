import { Tag, Tooltip } from 'antd';
import { formatNumber } from '../../lib/format-number.ts';
import { LEADER_ZONE_NAMES, type LeaderZone } from '../../lib/personnel-labels.ts';

const COLORS: Record<LeaderZone, string> = { green: 'green', yellow: 'gold', red: 'red' };
const SHORT: Record<LeaderZone, string> = { green: 'зелёная', yellow: 'жёлтая', red: 'красная' };

/** A leader's (and team's) zone with the score it was decided by; «не определена» without a score. */
export function LeaderZoneTag({ zone, score }: { zone: LeaderZone | null; score: number | null }) {
  if (!zone || score === null) {
    return (
      <Tooltip title="Организация не получила сводный балл в рейтинге эффективности руководителей (нет расчёта или недостаточно данных).">
        <span className="muted">не определена</span>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={`${LEADER_ZONE_NAMES[zone]}; сводный балл организации ${formatNumber(score, 2)}`}>
      <Tag color={COLORS[zone]} data-testid="leader-zone">
        {SHORT[zone]} · {formatNumber(score, 1)}
      </Tag>
    </Tooltip>
  );
}
