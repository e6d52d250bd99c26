import { breakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import type { DataElement, Indicator } from '../../domain/catalogue/catalogue.ts';
import type { FormulaNode } from '../../domain/catalogue/formula/ast.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import { combosToCollect, GRADES_1_11, matchesFilter } from '../../domain/collection/breakdown-combos.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { seededRandom, type SeededRandom } from '../../domain/statistics/seeded-random.ts';

/** An organisation of the demo region as the value generator sees it. */
export interface DemoValueOrg {
  code: string;
  type: OrgType | null;
  attributes: Readonly<Record<string, unknown>>;
}

export interface DemoValuePeriod {
  code: string;
  kind: 'calendar_year' | 'school_year';
}

/** One generated value of a data element. */
export interface DemoValueRow {
  orgCode: string;
  periodCode: string;
  elementCode: string;
  breakdown: Record<string, string | number>;
  value: number;
}

export interface DemoValuesInput {
  seed: number;
  indicators: readonly Pick<Indicator, 'code' | 'formula' | 'orgTypes' | 'periodKind'>[];
  elements: ReadonlyMap<string, DataElement>;
  orgs: readonly DemoValueOrg[];
  /** Periods to fill; within a kind, sorted by code they give the year-to-year trend. */
  periods: readonly DemoValuePeriod[];
  /** Share of values left out (by whole form: an organisation, a period and the elements used together), default 0.03. */
  gapShare?: number;
}

type Breakdown = Record<string, string>;

/** A value to generate: an element with one breakdown combination. */
interface Slot {
  key: string;
  element: string;
  breakdown: Breakdown;
}

/** A linear term of a ratio side: the slots of one element reference. */
type Side = Slot[][];

/** ratio(num, den) found in a formula, as sums of element references (null when a side is not a plain sum). */
interface RatioConstraint {
  num: Side;
  den: Side;
}

/** The last three school and calendar years: the periods the demo values fill. */
export function demoValuePeriods(lastYear: number): DemoValuePeriod[] {
  const years = [lastYear - 2, lastYear - 1, lastYear];
  return [
    ...years.map((y) => ({ code: String(y), kind: 'calendar_year' as const })),
    ...years.map((y) => ({ code: `${y}/${y + 1}`, kind: 'school_year' as const })),
  ];
}

// ---- the formula walk -------------------------------------------------------------------------

interface FormulaUse {
  refs: { code: string; filter: Readonly<Record<string, string>> }[];
  ratios: { num: FormulaNode; den: FormulaNode }[];
}

function walkFormula(node: FormulaNode, use: FormulaUse): void {
  switch (node.kind) {
    case 'element':
      use.refs.push({ code: node.code, filter: node.filter });
      return;
    case 'unary':
      walkFormula(node.operand, use);
      return;
    case 'binary':
      walkFormula(node.left, use);
      walkFormula(node.right, use);
      return;
    case 'call': {
      const [numerator, denominator] = node.args;
      if (node.fn === 'ratio' && numerator && denominator) use.ratios.push({ num: numerator, den: denominator });
      node.args.forEach((a) => walkFormula(a, use));
      return;
    }
    case 'number':
    case 'indicator':
      return;
  }
}

/** The element references of a plain sum (a reference, or sum(…) of references); null otherwise. */
function linearRefs(node: FormulaNode): { code: string; filter: Readonly<Record<string, string>> }[] | null {
  if (node.kind === 'element') return [{ code: node.code, filter: node.filter }];
  if (node.kind === 'call' && node.fn === 'sum') {
    const parts = node.args.map(linearRefs);
    return parts.every((p) => p !== null) ? parts.flat() : null;
  }
  return null;
}

/** What the catalogue's formulas need: slots per element, ratio constraints, element groups, org types and period kinds. */
export interface DemoValuePlan {
  slots: Map<string, Slot[]>;
  ratios: RatioConstraint[];
  orgTypes: Map<string, Set<OrgType>>;
  periodKinds: Map<string, Set<DemoValuePeriod['kind']>>;
  /** Elements used together in a formula share a group: a gap drops a whole group (one form not submitted). */
  groupOf: Map<string, string>;
}

export function planDemoValues(input: Pick<DemoValuesInput, 'indicators' | 'elements'>): DemoValuePlan {
  const uses: { indicator: DemoValuesInput['indicators'][number]; use: FormulaUse }[] = [];
  for (const indicator of input.indicators) {
    const parsed = parseFormula(indicator.formula);
    if (!parsed.ok) continue;
    const use: FormulaUse = { refs: [], ratios: [] };
    walkFormula(parsed.node, use);
    uses.push({ indicator, use });
  }
  const filters = new Map<string, { unfiltered: boolean; filters: Map<string, Breakdown> }>();
  const orgTypes = new Map<string, Set<OrgType>>();
  const periodKinds = new Map<string, Set<DemoValuePeriod['kind']>>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { indicator, use } of uses) {
    const used = use.refs.filter((r) => input.elements.get(r.code)?.level === 'organisation');
    for (const r of used) {
      const e = input.elements.get(r.code);
      if (!e) continue;
      const f = filters.get(r.code) ?? { unfiltered: false, filters: new Map<string, Breakdown>() };
      filters.set(r.code, f);
      if (Object.keys(r.filter).length === 0) f.unfiltered = true;
      else f.filters.set(breakdownKey(r.filter), { ...r.filter });
      const types = orgTypes.get(r.code) ?? new Set<OrgType>();
      orgTypes.set(r.code, types);
      for (const t of indicator.orgTypes) if (!e.orgTypes || e.orgTypes.includes(t)) types.add(t);
      const kinds = periodKinds.get(r.code) ?? new Set();
      periodKinds.set(r.code, kinds.add(indicator.periodKind));
    }
    const first = used[0];
    if (first) for (const r of used) parent.set(find(r.code), find(first.code));
  }
  const slots = new Map<string, Slot[]>();
  for (const [code, f] of filters) {
    const e = input.elements.get(code);
    if (!e) continue;
    const combos = combosToCollect(e, { unfiltered: f.unfiltered, filters: f.filters.values() });
    slots.set(
      code,
      combos.map((b) => ({ key: `${code}|${breakdownKey(b)}`, element: code, breakdown: b })),
    );
  }
  const sideOf = (node: FormulaNode): Side | null => {
    const refs = linearRefs(node);
    if (!refs) return null;
    const side: Side = [];
    for (const r of refs) {
      const s = (slots.get(r.code) ?? []).filter((slot) => matchesFilter(r.filter, slot.breakdown));
      if (s.length === 0) return null;
      side.push(s);
    }
    return side;
  };
  const ratios: RatioConstraint[] = [];
  for (const { use } of uses) {
    for (const r of use.ratios) {
      const num = sideOf(r.num);
      const den = sideOf(r.den);
      if (num && den) ratios.push({ num, den });
    }
  }
  const groupOf = new Map([...slots.keys()].map((code) => [code, find(code)]));
  return { slots, ratios, orgTypes, periodKinds, groupOf };
}

// ---- the organisation model -------------------------------------------------------------------

interface OrgModel {
  type: OrgType;
  pupils: number;
  staff: number;
  rural: boolean;
  /** Latent quality of results, about N(0, 1); rural lower, weak schools far below. */
  z: number;
  cohorts: number[];
  rnd: SeededRandom;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const numberOr = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface OrgBase {
  z0: number;
  trend: number;
  sizeTrend: number;
  senior: boolean;
}

function orgBase(seed: number, org: DemoValueOrg): OrgBase {
  const rnd = seededRandom(hash(`${seed}|${org.code}|base`));
  const rural = org.attributes.settlement === 'rural';
  const u = rnd.next();
  // about 7% clearly weak schools (≥ 30% low results), about 7% strong ones
  const normal = (rnd.next() + rnd.next() + rnd.next() - 1.5) * 2;
  const z0 = u < 0.07 ? -2.7 - rnd.next() * 0.4 : u > 0.93 ? 1.8 + rnd.next() * 0.5 : normal - (rural ? 0.45 : 0);
  const trend = (rnd.next() - 0.35) * 0.3;
  const sizeTrend = (rnd.next() - 0.5) * 0.06;
  const pupils = numberOr(org.attributes.pupils, 300);
  return { z0, trend, sizeTrend, senior: pupils >= 90 || rnd.next() < 0.3 };
}

function orgModel(seed: number, org: DemoValueOrg, base: OrgBase, period: DemoValuePeriod, step: number): OrgModel {
  const rnd = seededRandom(hash(`${seed}|${org.code}|${period.code}`));
  const rural = org.attributes.settlement === 'rural';
  const growth = 1 + base.sizeTrend * (step - 2);
  const pupils = Math.max(5, Math.round(numberOr(org.attributes.pupils, 300) * growth));
  const staff = Math.max(3, Math.round(numberOr(org.attributes.staff, 30) * (1 + (base.sizeTrend / 2) * (step - 2))));
  const z = base.z0 + base.trend * step + (rnd.next() - 0.5) * 0.3;
  // grade cohorts 1–11: a little smaller in senior grades; basic schools (no 10–11) among the smallest
  const weights = GRADES_1_11.map((_, i) => (i >= 9 ? (base.senior ? 0.55 : 0) : 1) * (0.9 + rnd.next() * 0.2));
  const total = weights.reduce((s, w) => s + w, 0);
  const cohorts = weights.map((w) => Math.round((pupils * w) / total));
  return { type: org.type ?? 'school', pupils, staff, rural, z, cohorts, rnd };
}

const cohort = (m: OrgModel, grade: number) => m.cohorts[grade - 1] ?? 0;
const around = (m: OrgModel, v: number, spread = 0.15) => Math.max(0, Math.round(v * (1 - spread + m.rnd.next() * 2 * spread)));
const quality = (m: OrgModel) => Math.exp(0.3 * m.z);

/** Sizes of the base values (denominators and plain counts), by element. */
function baseValue(code: string, b: Breakdown, e: DataElement, m: OrgModel): number {
  const grade = Number(b.grade ?? 0);
  const isSchool = m.type === 'school';
  switch (code) {
    case 'pupils_total':
      return grade ? cohort(m, grade) : m.pupils;
    case 'pupils_grade_1_4':
      return cohort(m, 1) + cohort(m, 2) + cohort(m, 3) + cohort(m, 4);
    case 'graduates_grade_9':
      return Math.max(0, cohort(m, 9) - m.rnd.int(0, 1));
    case 'graduates_grade_11':
      return cohort(m, 11);
    case 'graduates_grade_11_profile':
      return Math.round(cohort(m, 11) * (0.2 + m.rnd.next() * 0.5));
    case 'ege_participants':
      return cohort(m, 11);
    case 'oge_participants':
      return cohort(m, 9);
    case 'vpr_participants':
      return Math.round(cohort(m, grade || 5) * (0.85 + m.rnd.next() * 0.15));
    case 'niko_participants':
      return m.rnd.next() < 0.35 ? Math.round(cohort(m, grade || 7) * 0.9) : 0;
    case 'fl_participants':
      return around(m, m.pupils * 0.08);
    case 'shnor_ped_workers':
      return around(m, m.staff * 0.6, 0.1);
    case 'olympiad_participants': {
      const share = b.assessment === 'regional_stage' ? 0.008 : b.assessment === 'municipal_stage' ? 0.06 : 0.3;
      return around(m, m.pupils * share * quality(m), 0.25);
    }
    case 'contest_participants': {
      const share = b.assessment === 'federal' ? 0.01 : b.assessment === 'regional' ? 0.04 : 0.1;
      return around(m, m.pupils * share * quality(m), 0.25);
    }
    case 'gifted_pupils':
      return around(m, m.pupils * 0.06 * quality(m), 0.3);
    case 'parents_total':
      return around(m, m.pupils * 1.6, 0.08);
    case 'leaders_total':
      return isSchool ? 2 + Math.floor(m.pupils / 350) : m.type === 'kindergarten' ? 2 : 3;
    case 'admin_workers_total':
      return (isSchool ? 2 + Math.floor(m.pupils / 350) : 2) + m.rnd.int(1, 3);
    case 'teachers_total':
      return Math.max(2, Math.round(m.staff * 0.7));
    case 'ped_workers_total':
      return Math.max(2, Math.round(m.staff * 0.8));
    case 'preschool_children':
      return m.pupils;
    case 'doo_parents_surveyed':
      return around(m, m.pupils * 0.7, 0.2);
    case 'pupils_extracurricular_research':
      return around(m, m.pupils * 0.06 * quality(m), 0.3);
    case 'ped_workers_trained_talents':
      return around(m, m.staff * 0.12 * quality(m), 0.5);
    case 'worldskills_participants':
      return m.pupils < 200 ? m.rnd.int(0, 1) : m.rnd.int(0, 6);
    case 'pupils_sto_dorog':
      return around(m, m.pupils * 0.03, 0.6);
    case 'pupils_ovz_career_events':
      return around(m, m.pupils * 0.015, 0.6);
    case 'career_trial_workplaces':
      return m.rnd.int(0, m.rural ? 3 : 10);
    case 'teachers_gia_experts':
      return around(m, m.staff * 0.05 * quality(m), 0.5);
    case 'upbringing_programmes':
      return m.rnd.int(1, 4);
    case 'rdsh_primary_branches':
      return m.rnd.next() < 0.8 ? 1 : 0;
    case 'volunteer_associations':
      return m.rnd.int(0, m.pupils > 400 ? 4 : 2);
    case 'ped_vacancies':
      return m.rnd.int(0, m.rural || m.z < -1 ? 4 : 2);
    case 'doo_care_complaints':
      return m.rnd.next() < 0.88 ? 0 : m.rnd.int(1, 3);
    case 'doo_projects_participation':
      return m.rnd.int(0, 6);
  }
  if (e.valueType === 'boolean' || e.unit === 'flag') return m.rnd.next() < sigmoid(1.2 + m.z) ? 1 : 0;
  if (e.unit === 'persons')
    return /ped_|teacher|leader|admin|workers/.test(code) ? around(m, m.staff * 0.2, 0.4) : around(m, m.pupils * 0.1, 0.4);
  if (e.unit === 'percent') return Math.round(clamp(60 + 15 * m.z + (m.rnd.next() - 0.5) * 10, 0, 100));
  return m.rnd.int(0, 5);
}

// ---- shares of numerators ------------------------------------------------------------------------

type ShareRule = [RegExp, number, number, -1 | 0 | 1];

// [pattern, share at very low quality, share at very high quality, +1 grows with quality / -1 falls / 0 neutral]
const SHARES: ShareRule[] = [
  [/basic_level/, 0.7, 0.97, 1],
  [/^pupils_excellent$/, 0.05, 0.25, 1],
  [/_attestat$/, 0.9, 1, 1],
  [/attestat_distinction|_medal$/, 0.01, 0.12, 1],
  [/^ege_score_ge_70$/, 0.08, 0.45, 1],
  [/^ege_elective_graduates_ge_70$/, 0.1, 0.35, 1],
  [/^ege_elective_graduates_ge_80$/, 0.04, 0.18, 1],
  [/^ege_elective_graduates_ge_90$/, 0, 0.06, 1],
  [/^ege_elective_graduates_100$/, 0, 0.015, 1],
  [/^fl_assessed_pupils$/, 0.5, 0.95, 1],
  [/^fl_success$/, 0.45, 0.85, 1],
  [/marks_confirmed$/, 0.6, 0.8, 1],
  [/marks_lowered$/, 0.03, 0.18, -1],
  [/^shnor_ped_workers_/, 0.3, 0.9, 1],
  [/winners_prizewinners$/, 0.05, 0.35, 1],
  [/individual_route$/, 0.2, 0.8, 1],
  [/^graduates_grade_11_profile_entered_vuz$/, 0.4, 0.85, 1],
  [/^graduates_grade_11_entered_by_profile$/, 0.2, 0.6, 1],
  [/^graduates_grade_9_entered_spo_profile_gia$/, 0.05, 0.25, 1],
  [/^graduates_grade_9_entered_spo$/, 0.3, 0.5, 0],
  [/^graduates_grade_11_entered_spo$/, 0.15, 0.3, 0],
  [/^graduates_grade_11_entered_vuz$/, 0.3, 0.6, 1],
  [/gia_profile_subjects$/, 0.3, 0.8, 1],
  [/bilet_v_budushchee|career_events_municipal/, 0.1, 0.5, 1],
  [/career_tested/, 0.3, 0.9, 1],
  [/^parents_career_help$/, 0.05, 0.3, 1],
  [/^pupils_in_supplementary$/, 0.4, 0.85, 1],
  [/required_qualification/, 0.6, 1, 1],
  [/deficit_diagnosed/, 0.3, 0.95, 1],
  [/^young_teachers$/, 0.05, 0.25, 1],
  [/load_lt_18/, 0.02, 0.15, -1],
  [/load_gt_30/, 0.05, 0.35, -1],
  [/over_two_subjects/, 0.05, 0.4, -1],
  [/with_teaching_load/, 0.3, 0.9, 0],
  [/method_events|trained_upbringing/, 0.3, 0.9, 1],
  [/prof_contests/, 0.02, 0.2, 1],
  [/young_ped_workers_supported/, 0.02, 0.15, 1],
  [/profile_education/, 0.75, 0.98, 1],
  [/^pupils_volunteers$/, 0.05, 0.35, 1],
  [/individual_prevention/, 0.002, 0.03, -1],
  [/^doo_parents_satisfied$/, 0.85, 1, 1],
  [/higher_education/, 0.35, 0.8, 1],
  [/highest_category/, 0.1, 0.45, 1],
];

/** Low results (ВПР «2», below the ОГЭ/ЕГЭ/НИКО minimum): about 9% on average, ≥ 30% at weak schools. */
const LOW_RESULTS = /below_min|mark_2$/;

function shareOf(code: string, m: OrgModel): number {
  const noise = (m.rnd.next() - 0.5) * 0.06;
  if (LOW_RESULTS.test(code)) return clamp(0.09 * Math.exp(-0.5 * m.z) + noise / 2, 0, 0.7);
  const rule = SHARES.find(([re]) => re.test(code)) ?? [/./, 0.1, 0.6, 1];
  const [, lo, hi, dir] = rule;
  const position = dir === 0 ? 0.5 : sigmoid(dir * 1.1 * m.z);
  return clamp(lo + (hi - lo) * position + noise * (hi - lo) * 2, 0, 1);
}

/** Extra orders the formulas do not state: a ≤ b for the same breakdown. */
const NESTED: [string, string][] = [
  ['ege_elective_graduates_100', 'ege_elective_graduates_ge_90'],
  ['ege_elective_graduates_ge_90', 'ege_elective_graduates_ge_80'],
  ['ege_elective_graduates_ge_80', 'ege_elective_graduates_ge_70'],
  ['graduates_grade_9_entered_spo_profile_gia', 'graduates_grade_9_entered_spo'],
  ['graduates_grade_9_attestat_distinction', 'graduates_grade_9_attestat'],
  ['graduates_grade_11_medal', 'graduates_grade_11_attestat'],
];

// ---- generation ---------------------------------------------------------------------------------

/** Numerator slots in an order where every denominator (and every NESTED upper bound) comes first. */
function slotOrder(plan: DemoValuePlan): Slot[] {
  const all = [...plan.slots.values()].flat();
  const after = new Map<string, Set<string>>(all.map((s) => [s.key, new Set<string>()]));
  for (const r of plan.ratios)
    for (const n of r.num.flat()) for (const d of r.den.flat()) if (n.key !== d.key) after.get(n.key)?.add(d.key);
  for (const [a, b] of NESTED) {
    for (const s of plan.slots.get(a) ?? []) {
      const upper = (plan.slots.get(b) ?? []).find((t) => breakdownKey(t.breakdown) === breakdownKey(s.breakdown));
      if (upper) after.get(s.key)?.add(upper.key);
    }
  }
  const order: Slot[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const byKey = new Map(all.map((s) => [s.key, s]));
  const visit = (s: Slot) => {
    if (state.get(s.key)) return; // done, or a cycle: leave the rest as it is
    state.set(s.key, 'visiting');
    for (const k of after.get(s.key) ?? []) {
      const d = byKey.get(k);
      if (d) visit(d);
    }
    state.set(s.key, 'done');
    order.push(s);
  };
  all.forEach(visit);
  return order;
}

/**
 * Deterministic demo values for every data element the catalogue's formulas use, for every
 * organisation of the indicators' types and every period of the indicators' kinds. Consistent:
 * each numerator of a ratio is generated as a share of its denominator (so it never exceeds it),
 * counts scale with the organisation's size, quality varies (rural a little lower, a few weak
 * and strong schools, a mild trend), and about `gapShare` of the values are left out.
 */
export function generateDemoValues(input: DemoValuesInput): DemoValueRow[] {
  const plan = planDemoValues(input);
  const order = slotOrder(plan);
  const gapShare = input.gapShare ?? 0.03;
  const numeratorOf = new Map<string, RatioConstraint[]>();
  for (const r of plan.ratios) for (const n of r.num.flat()) numeratorOf.set(n.key, [...(numeratorOf.get(n.key) ?? []), r]);
  const nestedUpper = new Map(NESTED);
  const rows: DemoValueRow[] = [];
  const periodSteps = new Map<string, number>();
  for (const kind of ['calendar_year', 'school_year'] as const) {
    const codes = input.periods
      .filter((p) => p.kind === kind)
      .map((p) => p.code)
      .sort();
    codes.forEach((c, i) => periodSteps.set(`${kind}|${c}`, i - codes.length + 1 + 2));
  }

  for (const org of input.orgs) {
    if (!org.type) continue;
    const base = orgBase(input.seed, org);
    for (const period of input.periods) {
      const step = periodSteps.get(`${period.kind}|${period.code}`) ?? 2;
      const m = orgModel(input.seed, org, base, period, step);
      const gapRnd = seededRandom(hash(`${input.seed}|${org.code}|${period.code}|gaps`));
      const dropped = new Map<string, boolean>();
      const values = new Map<string, number>();
      for (const slot of order) {
        const e = input.elements.get(slot.element);
        if (!e || !plan.orgTypes.get(slot.element)?.has(org.type) || !plan.periodKinds.get(slot.element)?.has(period.kind)) continue;
        let value: number | undefined;
        for (const r of numeratorOf.get(slot.key) ?? []) {
          const v = numeratorValue(slot, r, values, m);
          if (v !== undefined) value = value === undefined ? v : Math.min(value, v);
        }
        value ??= baseValue(slot.element, slot.breakdown, e, m);
        const upper = nestedUpper.get(slot.element);
        const bound = upper === undefined ? undefined : values.get(`${upper}|${breakdownKey(slot.breakdown)}`);
        if (bound !== undefined) value = Math.min(value, bound);
        if (e.valueType === 'boolean') value = value > 0 ? 1 : 0;
        else if (e.valueType === 'integer') value = Math.round(value);
        values.set(slot.key, value);
        const group = plan.groupOf.get(slot.element) ?? slot.element;
        if (!dropped.has(group)) dropped.set(group, gapRnd.next() < gapShare);
        if (dropped.get(group)) continue;
        rows.push({ orgCode: org.code, periodCode: period.code, elementCode: slot.element, breakdown: slot.breakdown, value });
      }
    }
  }
  return rows;
}

/** The value of a numerator slot under one ratio: a share of its paired denominator slot, or of the whole denominator. */
function numeratorValue(slot: Slot, r: RatioConstraint, values: ReadonlyMap<string, number>, m: OrgModel): number | undefined {
  const denOf = (s: Slot) => values.get(s.key);
  // paired: as many terms on both sides with the same breakdowns → num term i ≤ den term i, slot by slot
  const paired =
    r.num.length === r.den.length &&
    r.num.every((n, i) => {
      const d = r.den[i];
      return (
        d !== undefined && n.length === d.length && n.every((s, j) => breakdownKey(s.breakdown) === breakdownKey(d[j]?.breakdown ?? {}))
      );
    });
  if (paired) {
    for (const [i, term] of r.num.entries()) {
      const j = term.findIndex((s) => s.key === slot.key);
      const d = r.den[i]?.[j];
      if (j < 0 || !d) continue;
      const den = denOf(d);
      if (den === undefined) return undefined;
      return Math.min(den, Math.round(den * shareOf(slot.element, m)));
    }
    return undefined;
  }
  const denSlots = r.den.flat();
  if (denSlots.some((s) => denOf(s) === undefined)) return undefined;
  const den = denSlots.reduce((s, d) => s + (denOf(d) ?? 0), 0);
  const numSlots = r.num.flat();
  const k = numSlots.length;
  const index = numSlots.findIndex((s) => s.key === slot.key);
  if (index < 0 || k === 0) return undefined;
  // the whole numerator is a share of the denominator, split evenly between its slots (floor, rest to the first)
  const whole = Math.min(den, Math.floor(den * shareOf(slot.element, m)));
  const part = Math.floor(whole / k) + (index < whole % k ? 1 : 0);
  return part;
}
