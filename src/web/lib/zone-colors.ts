import type { ZoneBand } from '../../domain/catalogue/zone-thresholds.ts';

/** The antd tag colour of each zone, the same on every page (yellow is antd's «gold»). */
export const ZONE_COLORS: Record<ZoneBand['zone'], string> = { green: 'green', yellow: 'gold', red: 'red' };
