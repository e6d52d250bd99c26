/**
 * Zones of leaders and management teams (seed 000, table 1: green = optimal, yellow = acceptable,
 * red = critical level of management). The seeds publish no thresholds for leaders, so they are
 * data of each municipality; these defaults stand until its operator sets others.
 */
export interface LeaderZoneThresholds {
  /** Score from which the zone is green (inclusive). */
  greenMin: number;
  /** Score from which the zone is yellow (inclusive); below it, red. */
  yellowMin: number;
}

export const DEFAULT_LEADER_ZONES: LeaderZoneThresholds = { greenMin: 70, yellowMin: 50 };

export type LeaderZone = 'green' | 'yellow' | 'red';
export const LEADER_ZONE_NAMES: Record<LeaderZone, string> = {
  green: 'зелёная зона — оптимальный уровень управления',
  yellow: 'жёлтая зона — допустимый уровень управления',
  red: 'красная зона — критический уровень управления',
};

/** The zone of a score (0–100 points of the organisation's summary rating); no gaps between zones. */
export function leaderZone(score: number, t: LeaderZoneThresholds): LeaderZone {
  if (score >= t.greenMin) return 'green';
  if (score >= t.yellowMin) return 'yellow';
  return 'red';
}

/** What is wrong with thresholds, in Russian, or null. */
export function thresholdsIssue(t: LeaderZoneThresholds): string | null {
  for (const [name, v] of [
    ['зелёной', t.greenMin],
    ['жёлтой', t.yellowMin],
  ] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 100) return `Нижняя граница ${name} зоны должна быть числом от 0 до 100 баллов.`;
  }
  if (t.yellowMin >= t.greenMin) return 'Нижняя граница жёлтой зоны должна быть меньше нижней границы зелёной.';
  return null;
}
