import { Tag, Tooltip } from 'antd';
import type { RoundObject } from '../../api/scoring-api.ts';

const COLORS: Record<string, string> = { green: 'green', yellow: 'gold', red: 'red' };
const NAMES: Record<string, string> = { green: 'зелёная', yellow: 'жёлтая', red: 'красная' };

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
