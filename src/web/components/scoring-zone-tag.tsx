import { Tag, Tooltip } from 'antd';
import type { RoundObject } from '../api/scoring-api.ts';

import { ZONE_NAMES } from '../../domain/catalogue/zone-thresholds.ts';
import { ZONE_COLORS } from '../lib/zone-colors.ts';

const COLORS: Record<string, string> = ZONE_COLORS;
const NAMES: Record<string, string> = ZONE_NAMES;

/** The object's zone by the catalogue's thresholds (the rule on hover); nothing when the catalogue has none. */
export function ScoringZoneTag({ zone }: { zone: RoundObject['zone'] }) {
  if (!zone) return <span className="muted">—</span>;
  return (
    <Tooltip title={zone.rule}>
      <Tag color={COLORS[zone.zone] ?? 'default'} className="zone-tag" data-testid="zone-tag">
        {NAMES[zone.zone] ?? zone.zone}
      </Tag>
    </Tooltip>
  );
}
