import { Tag, Tooltip } from 'antd';
import { formatNumber } from '../lib/format-number.ts';
import { LEADER_ZONE_NAMES, type LeaderZone } from '../lib/personnel-labels.ts';

import { ZONE_NAMES } from '../../domain/catalogue/zone-thresholds.ts';
import { ZONE_COLORS } from '../lib/zone-colors.ts';

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
      <Tag color={ZONE_COLORS[zone]} data-testid="leader-zone">
        {ZONE_NAMES[zone]} · {formatNumber(score, 1)}
      </Tag>
    </Tooltip>
  );
}
