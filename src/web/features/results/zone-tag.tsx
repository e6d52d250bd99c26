import { Tag, Tooltip } from 'antd';
import type { Outcome, ZoneDecision } from '../../api/types.ts';

const ZONE_COLORS: Record<ZoneDecision['zone'], string> = { green: 'green', yellow: 'gold', red: 'red' };
const ZONE_NAMES: Record<ZoneDecision['zone'], string> = { green: 'зелёная', yellow: 'жёлтая', red: 'красная' };

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
