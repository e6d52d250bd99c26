import { Tag, Tooltip } from 'antd';
import type { Outcome, ZoneDecision } from '../api/types.ts';

import { ZONE_NAMES } from '../../domain/catalogue/zone-thresholds.ts';
import { ZONE_COLORS } from '../lib/zone-colors.ts';

/** The summary zone as a coloured tag (green / gold / red) with its Russian name. */
export function ZoneTag({ zone }: { zone: Outcome<ZoneDecision> | undefined }) {
  if (!zone) return <span className="muted">—</span>;
  if (zone.kind !== 'ok') {
    return (
      <Tooltip title={zone.reason}>
        <span className="muted">не определена</span>
      </Tooltip>
    );
  }
  return (
    <Tag color={ZONE_COLORS[zone.value.zone]} className="zone-tag" data-testid="zone-tag">
      {ZONE_NAMES[zone.value.zone]}
    </Tag>
  );
}
