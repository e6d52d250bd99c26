import type { Polarity } from '../catalogue/catalogue.ts';
import type { EffectivenessContent } from '../cycle/effectiveness-content.ts';

/** What an analytic report covers (issue #9): one direction, a whole monitoring, or one organisation. */
export type ReportScopeKind = 'direction' | 'monitoring' | 'organisation';

export const REPORT_SCOPE_NAMES: Record<ReportScopeKind, string> = {
  direction: 'по направлению',
  monitoring: 'по мониторингу в целом',
  organisation: 'по организации',
};

export interface Named {
  id: number;
  name: string;
}

/** The indicator over the compared organisations in the report's period (null: no values). */
export interface IndicatorStats {
  count: number;
  missing: number;
  min: number;
  max: number;
  median: number;
  q1: number;
  q3: number;
}

export interface RankedValue {
  orgId: number;
  name: string;
  value: number;
}

/** One indicator of the report: the values it quotes, each traceable to (object, indicator, period). */
export interface ReportIndicator {
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  directions: string[];
  /** Whose series it is: the territory's, or the organisation's in an organisation report. */
  seriesOrgId: number;
  /** That object's value by period, in the order of `periods` (null: not computed). */
  series: (number | null)[];
  /** The median of the compared organisations by period (organisation reports compare with it). */
  peerMedian: (number | null)[];
  stats: IndicatorStats | null;
  best: RankedValue[];
  worst: RankedValue[];
  /** Current − previous value of the series; null when either is missing. */
  change: number | null;
  /** The change read with the polarity; null for context indicators or without a change. */
  direction: 'better' | 'worse' | 'same' | null;
  /** The organisation's place on the indicator among its peers (organisation reports). */
  place: string | null;
}

export interface ComparisonRow {
  orgId: number;
  name: string;
  summary: number | null;
  summaryPlace: string | null;
  zone: string | null;
  /** Direction code → score and place. */
  directions: Record<string, { score: number | null; place: string | null }>;
}

/** One comparison of the territory (e.g. its schools) rated on the report's directions. */
export interface ReportComparison {
  key: string;
  title: string;
  objectCount: number;
  rows: ComparisonRow[];
}

export type FindingKind =
  | 'territory_worse'
  | 'territory_better'
  | 'lowest_in_direction'
  | 'best_in_direction'
  | 'critical_zone'
  | 'optimal_zone'
  | 'org_fall'
  | 'org_rise';

/** A deficit or a successful practice found by a documented rule, with what it refers to. */
export interface Finding {
  kind: FindingKind;
  text: string;
  orgId?: number;
  indicator?: string;
  direction?: string;
}

export interface ReportClusterTable {
  comparison: string;
  clustering: string;
  description: string;
  direction: { code: string; name: string } | null;
  rows: { label: string; members: number; mean: number | null }[];
}

/** The numbers of a report as generated: frozen with the report, so an approved report stays as approved. */
export interface ReportContent {
  scope: {
    kind: ReportScopeKind;
    territory: Named & { kind: 'municipality' | 'region' };
    org: Named | null;
    direction: { code: string; name: string } | null;
  };
  catalogue: { id: number; code: string; version: number; name: string };
  period: Named;
  /** Oldest → newest, the report's period last. */
  periods: Named[];
  computeRunId: number | null;
  computedAt: string | null;
  directions: { code: string; name: string; indicators: string[] }[];
  indicators: ReportIndicator[];
  comparisons: ReportComparison[];
  findings: { deficits: Finding[]; practices: Finding[] };
  clusters: ReportClusterTable[];
  /** How the automatic findings were made, in Russian, printed in the report. */
  rules: string[];
  /** A report of the analysis of effectiveness of measures (seed 003 §10) carries the analysis. */
  effectiveness?: EffectivenessContent;
}

/** The text sections of seed 004 §2.2, in order; the operator edits their texts. */
export const REPORT_SECTIONS = [
  { key: 'goals', title: 'Цели и задачи проведения анализа' },
  { key: 'directions', title: 'Ключевые направления анализа' },
  { key: 'final', title: 'Анализ итоговых показателей' },
  { key: 'years', title: 'Сравнительный анализ результатов по годам' },
  { key: 'factors', title: 'Анализ внутренних и внешних факторов, влияющих на уровень результатов' },
  { key: 'findings', title: 'Выявленные дефициты и успешные практики' },
  { key: 'conclusions', title: 'Аналитические выводы' },
] as const;

export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key'];
export const REPORT_SECTION_KEYS: readonly string[] = REPORT_SECTIONS.map((s) => s.key);
