import { breakdownKey } from '../catalogue/breakdown-key.ts';
import type { AssessmentKind, Counts, Measure } from './assessment-kind.ts';
import type { TallyGroup } from './tally.ts';

/** A value for data_value: still keyed by the organisation as the file names it. */
export interface ElementValue {
  orgKey: string;
  year: number;
  element: string;
  breakdown: string;
  value: number;
}

/** Which data element (catalogs/data-elements/common.yaml) each measure of each procedure fills. */
const ELEMENTS: Record<AssessmentKind, Partial<Record<Measure, string>>> = {
  vpr: {
    participants: 'vpr_participants',
    mark2: 'vpr_mark_2',
    mark3: 'vpr_mark_3',
    mark4: 'vpr_mark_4',
    mark5: 'vpr_mark_5',
    confirmed: 'vpr_marks_confirmed',
    lowered: 'vpr_marks_lowered',
    raised: 'vpr_marks_raised',
  },
  oge: {
    participants: 'oge_participants',
    belowMin: 'oge_below_min',
    mark4: 'oge_mark_4',
    mark5: 'oge_mark_5',
    scoreSum: 'oge_score_sum',
    confirmed: 'oge_marks_confirmed',
    lowered: 'oge_marks_lowered',
    raised: 'oge_marks_raised',
  },
  ege: {
    participants: 'ege_participants',
    belowMin: 'ege_below_min',
    ge70: 'ege_score_ge_70',
    ge80: 'ege_score_ge_80',
    ge90: 'ege_score_ge_90',
    score100: 'ege_score_100',
    scoreSum: 'ege_score_sum',
    confirmed: 'ege_marks_confirmed',
    lowered: 'ege_marks_lowered',
    raised: 'ege_marks_raised',
  },
  niko: {
    participants: 'niko_participants',
    belowMin: 'niko_below_min',
    confirmed: 'niko_marks_confirmed',
    lowered: 'niko_marks_lowered',
    raised: 'niko_marks_raised',
  },
  fl: { participants: 'fl_participants', success: 'fl_success' },
  olympiad: {
    participants: 'olympiad_participants',
    winners: 'olympiad_winners',
    prizewinners: 'olympiad_prizewinners',
  },
};

/** The breakdown of a group as the element stores it (ВПР/НИКО: subject and grade; ОГЭ/ЕГЭ: subject; …). */
function breakdownOf(kind: AssessmentKind, g: Pick<TallyGroup, 'subject' | 'grade' | 'stage'>): string {
  const b: Record<string, string> = {};
  if (kind !== 'olympiad' && g.subject) b.subject = g.subject;
  if ((kind === 'vpr' || kind === 'niko' || kind === 'fl' || kind === 'olympiad') && g.grade) b.grade = g.grade;
  if ((kind === 'fl' || kind === 'olympiad') && g.stage) b.assessment = g.stage;
  return breakdownKey(b);
}

/**
 * The data-element values of the tallied groups. A measure is written only where it was counted
 * for every result of the group: ОГЭ «4»/«5» only when marks were given, below the threshold only
 * when every result could be placed against it (`belowUnknown` = 0), the band counts of ЕГЭ only
 * from scores, a sum of scores only where every participant had one.
 */
export function elementValues(groups: readonly TallyGroup[], perOrg: readonly PerOrgCounts[]): ElementValue[] {
  const out: ElementValue[] = [];
  for (const g of groups) {
    if (g.kind === 'olympiad' && g.fromPupils) continue; // counted once per pupil, below
    const map = ELEMENTS[g.kind];
    const c = g.counts;
    const participants = c.participants ?? 0;
    const marked = (c.mark2 ?? 0) + (c.mark3 ?? 0) + (c.mark4 ?? 0) + (c.mark5 ?? 0);
    const put = (m: Measure, value: number) => {
      const element = map[m];
      if (element) out.push({ orgKey: g.orgKey, year: g.year, element, breakdown: breakdownOf(g.kind, g), value });
    };
    if (participants === 0) continue;
    put('participants', participants);
    if (g.kind === 'olympiad') {
      const b = breakdownOf('olympiad', g);
      put('winners', c.winners ?? 0);
      put('prizewinners', c.prizewinners ?? 0);
      out.push({
        orgKey: g.orgKey,
        year: g.year,
        element: 'olympiad_winners_prizewinners',
        breakdown: b,
        value: (c.winners ?? 0) + (c.prizewinners ?? 0),
      });
      continue;
    }
    const haveMarks = marked > 0;
    if (haveMarks && (!g.fromPupils || marked === participants))
      for (const m of ['mark2', 'mark3', 'mark4', 'mark5'] as const) put(m, c[m] ?? 0);
    if ((c.belowUnknown ?? 0) === 0 && (c.belowMin !== undefined || g.fromPupils)) put('belowMin', c.belowMin ?? 0);
    const scored = g.fromPupils && g.kind === 'ege' && g.subject !== 'math_base' && c.scoreSum !== undefined;
    for (const m of ['ge70', 'ge80', 'ge90', 'score100'] as const) if (c[m] !== undefined || scored) put(m, c[m] ?? 0);
    if (c.success !== undefined || (g.fromPupils && g.kind === 'fl')) put('success', c.success ?? 0);
    if (c.scoreSum !== undefined) put('scoreSum', c.scoreSum);
    const judged = (c.confirmed ?? 0) + (c.lowered ?? 0) + (c.raised ?? 0);
    if (judged > 0) for (const m of ['confirmed', 'lowered', 'raised'] as const) put(m, c[m] ?? 0);
  }
  for (const p of perOrg) {
    const c = p.counts;
    if (p.kind === 'ege_electives') {
      out.push({ orgKey: p.orgKey, year: p.year, element: 'ege_elective_graduates_ge_70', breakdown: '', value: c.ge70 ?? 0 });
      out.push({ orgKey: p.orgKey, year: p.year, element: 'ege_elective_graduates_ge_80', breakdown: '', value: c.ge80 ?? 0 });
      out.push({ orgKey: p.orgKey, year: p.year, element: 'ege_elective_graduates_ge_90', breakdown: '', value: c.ge90 ?? 0 });
      out.push({ orgKey: p.orgKey, year: p.year, element: 'ege_elective_graduates_100', breakdown: '', value: c.score100 ?? 0 });
    } else if (p.kind === 'fl_pupils') {
      out.push({
        orgKey: p.orgKey,
        year: p.year,
        element: 'fl_assessed_pupils',
        breakdown: breakdownKey(p.grade ? { grade: p.grade } : {}),
        value: c.participants ?? 0,
      });
    } else {
      const b = breakdownOf('olympiad', { subject: null, grade: p.grade, stage: p.stage });
      const w = c.winners ?? 0;
      const pw = c.prizewinners ?? 0;
      out.push({ orgKey: p.orgKey, year: p.year, element: 'olympiad_participants', breakdown: b, value: c.participants ?? 0 });
      out.push({ orgKey: p.orgKey, year: p.year, element: 'olympiad_winners', breakdown: b, value: w });
      out.push({ orgKey: p.orgKey, year: p.year, element: 'olympiad_prizewinners', breakdown: b, value: pw });
      out.push({ orgKey: p.orgKey, year: p.year, element: 'olympiad_winners_prizewinners', breakdown: b, value: w + pw });
    }
  }
  return out;
}

export interface PerOrgCounts {
  orgKey: string;
  year: number;
  grade: string | null;
  stage: string | null;
  counts: Counts;
  kind: 'ege_electives' | 'olympiad' | 'fl_pupils';
}
