import type { EducationLevel } from '../org/education-levels.ts';
import type { OrgType } from '../org/org-kind.ts';

export const UNITS = ['percent', 'persons', 'units', 'flag', 'hours', 'points', 'rubles'] as const;
export const POLARITIES = ['higher_better', 'lower_better', 'context'] as const;
export const METHODS = ['form', 'survey', 'assessment_import', 'register', 'open_sources', 'self_evaluation', 'state_statistics'] as const;
export const LEVELS = ['organisation', 'municipality', 'person', 'pupil'] as const;
export const BREAKDOWNS = ['subject', 'grade', 'assessment'] as const;
export const VALUE_TYPES = ['integer', 'number', 'boolean'] as const;
export const CYCLE_BLOCKS = ['conceptual', 'process', 'management'] as const;

export type Unit = (typeof UNITS)[number];
export type Polarity = (typeof POLARITIES)[number];
export type CollectionMethod = (typeof METHODS)[number];
export type DataLevel = (typeof LEVELS)[number];
export type Breakdown = (typeof BREAKDOWNS)[number];

/** A raw number collected once and shared by every framework that needs it. */
export interface DataElement {
  code: string;
  name: string;
  valueType: (typeof VALUE_TYPES)[number];
  unit: Unit;
  level: DataLevel;
  breakdowns: Breakdown[];
  orgTypes?: OrgType[];
}

/** A position of evaluation (позиция оценивания) of a management mechanism. */
export interface Position {
  code: string;
  component: string;
  name: string;
  maxPoints: number;
  source: string;
  derived?: boolean;
}

export interface Direction {
  code: string;
  name: string;
  goals?: string[];
  optional?: boolean;
  positions?: Position[];
}

export interface Block {
  code: string;
  name: string;
  directions: Direction[];
}

/** A management-cycle component (цели, показатели, …) in one of the three cycle blocks. */
export interface CycleComponent {
  code: string;
  name: string;
  block: (typeof CYCLE_BLOCKS)[number];
}

export interface Indicator {
  code: string;
  name: string;
  directions: string[];
  unit: Unit;
  polarity: Polarity;
  periodKind: 'calendar_year' | 'school_year';
  orgTypes: OrgType[];
  method: CollectionMethod;
  formula: string;
  source: string;
  note?: string;
  /**
   * Applies only to organisations whose register attribute `levels` lists every one of these levels of
   * education (НОО, ООО, СОО); others are not applicable: no value, not counted in roll-ups, not 0.
   */
  levels?: EducationLevel[];
}

/** A framework version (методика): blocks → directions → indicators or positions. */
export interface Catalogue {
  code: string;
  version: number;
  kind: 'indicators' | 'mechanisms';
  name: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  description?: string;
  /** How the summary score is formed: mean of direction scores (default) or of all indicators. */
  summary?: 'directions' | 'indicators';
  /** Scores are rounded to this before places and zones are decided (a rule of the method). */
  precision?: number;
  /** Share (0–1) of a direction's indicators an object needs to get a direction score (default 0.5). */
  minCompleteness?: number;
  blocks: Block[];
  indicators?: Indicator[];
  components?: CycleComponent[];
  /** Scoring rules and zone thresholds by year, as the methodology states them. */
  scoring?: Record<string, unknown>;
}
