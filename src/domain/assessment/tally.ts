import type { AggregateResult, AssessmentKind, Counts, Measure, OrgRef, SourceRef } from './assessment-kind.ts';
import { HashLines } from './hash-lines.ts';
import { whereLabel, type ImportProblem } from './import-problem.ts';
import { orgKey } from './org-key.ts';
import type { PupilResult } from './pupil-result.ts';
import { isBelowMinimum } from './thresholds.ts';

/** One organisation × year × subject × grade × stage with its counts. */
export interface TallyGroup {
  orgKey: string;
  kind: AssessmentKind;
  year: number;
  subject: string | null;
  grade: string | null;
  stage: string | null;
  counts: Counts;
  /** Counted from pupil-level rows (a missing count is then 0), not read from an aggregate. */
  fromPupils: boolean;
}

/** What the file said of one organisation: how it named it, on how many rows, the first lines. */
export interface TallyOrg {
  key: string;
  ref: OrgRef;
  rows: number;
  lines: SourceRef[];
}

/** Subjects that are not electives for «graduates with ≥ 70 in an elective subject» (seed 001 D1.08–D1.11). */
const COMPULSORY = new Set(['rus', 'math_base', 'math_prof', 'math']);
const BANDS = [70, 80, 90, 100] as const;

/** A 53-bit hash of the parts (two 32-bit FNV-style hashes), without joining them into a string. */
function hashParts(...parts: (string | null)[]): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    const text = part ?? '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193); // the separator
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

const hash53 = (text: string) => hashParts(text);

const add = (counts: Counts, m: Measure, by = 1) => {
  counts[m] = (counts[m] ?? 0) + by;
};

/**
 * Counts results into groups as rows stream by. Memory grows with the number of groups and, for
 * pupil-level rows, with one 53-bit hash per pupil × subject (to find repeated rows): about
 * 40 bytes per row, never the rows themselves. A repeated pupil × subject × grade × stage is
 * reported with the line it repeats and left out.
 */
export class ResultTally {
  private readonly groups = new Map<string, { group: TallyGroup; org: TallyOrg }>();
  private readonly orgs = new Map<string, TallyOrg>();
  private readonly seen = new HashLines();
  private last: { gk: string; entry: { group: TallyGroup; org: TallyOrg } } | null = null;
  /** ЕГЭ: the best elective score of each pupil, per organisation and year. */
  private readonly electives = new Map<string, Map<number, number>>();
  /** Olympiad and functional literacy: pupils counted once per organisation × year × grade × stage. */
  private readonly distinct = new Map<string, Map<number, Set<string>>>();
  rows = 0;

  constructor(private readonly threshold: (kind: AssessmentKind, subject: string, year: number) => number | null) {}

  private group(
    key: string,
    fromPupils: boolean,
    kind: AssessmentKind,
    org: OrgRef,
    source: SourceRef,
    year: number,
    subject: string | null,
    grade: string | null,
    stage: string | null,
  ): TallyGroup {
    const gk = `${key}\u0001${year}\u0001${subject ?? ''}\u0001${grade ?? ''}\u0001${stage ?? ''}`;
    // files come sorted by school and class: the group of the row before is the likeliest
    let entry = this.last?.gk === gk ? this.last.entry : this.groups.get(gk);
    if (!entry) {
      let o = this.orgs.get(key);
      if (!o) {
        o = { key, ref: org, rows: 0, lines: [] };
        this.orgs.set(key, o);
      }
      entry = { group: { orgKey: key, kind, year, subject, grade, stage, counts: {}, fromPupils }, org: o };
      this.groups.set(gk, entry);
    }
    this.last = { gk, entry };
    entry.org.rows++;
    if (entry.org.lines.length < 5) entry.org.lines.push(source);
    return entry.group;
  }

  /** Adds an aggregate row; a second row of the same group is a duplicate. */
  addAggregate(r: AggregateResult): ImportProblem | null {
    this.rows++;
    const key = orgKey(r.org);
    const h = hashParts(key, String(r.year), r.subject, r.grade, r.className ?? null, r.stage);
    const first = this.seen.firstOrAdd(h, r.source.line);
    if (first !== undefined) return duplicate(r.source, first, 'организация, предмет и класс');
    const g = this.group(key, false, r.kind, r.org, r.source, r.year, r.subject, r.grade, r.stage);
    for (const [m, v] of Object.entries(r.counts) as [Measure, number][]) add(g.counts, m, v);
    return null;
  }

  /** Adds one pupil's result. */
  addPupil(r: PupilResult): ImportProblem | null {
    this.rows++;
    const key = orgKey(r.org);
    if (r.pupil !== null) {
      const h = hashParts(key, r.pupil, r.subject, r.grade, r.stage, String(r.year));
      const first = this.seen.firstOrAdd(h, r.source.line);
      if (first !== undefined) return duplicate(r.source, first, 'участник, предмет и класс');
    }
    const g = this.group(key, true, r.kind, r.org, r.source, r.year, r.subject, r.grade, r.stage);
    const c = g.counts;
    if (r.kind === 'olympiad') return (this.addOlympiad(r, key), null);
    add(c, 'participants');
    if (r.mark !== null) add(c, `mark${r.mark}` as Measure);
    if (r.score !== null) add(c, 'scoreSum', r.score);
    if (r.subject !== null) {
      const needsThreshold = r.mark === null && r.kind === 'ege';
      const below = isBelowMinimum(r.kind, r.subject, r, needsThreshold ? this.threshold(r.kind, r.subject, r.year) : null);
      if (below === true) add(c, 'belowMin');
      else if (below === null) add(c, 'belowUnknown');
    }
    if (r.kind === 'ege' && r.score !== null && r.subject !== 'math_base') {
      for (const b of BANDS) if (b === 100 ? r.score === 100 : r.score >= b) add(c, b === 100 ? 'score100' : (`ge${b}` as Measure));
      if (r.pupil !== null && r.subject !== null && !COMPULSORY.has(r.subject)) {
        const ek = `${key}\u0001${r.year}`;
        const m = this.electives.get(ek) ?? new Map<number, number>();
        const ph = hash53(r.pupil);
        m.set(ph, Math.max(m.get(ph) ?? 0, r.score));
        this.electives.set(ek, m);
      }
    }
    if (r.status === 'success') add(c, 'success');
    if (r.mark !== null && r.termMark !== null) add(c, r.mark === r.termMark ? 'confirmed' : r.mark < r.termMark ? 'lowered' : 'raised');
    if (r.kind === 'fl' && r.pupil !== null)
      this.addDistinct(`${key}\u0001${r.year}\u0001${r.grade ?? ''}\u0001fl`, r.pupil, 'participant');
    return null;
  }

  private addDistinct(k: string, pupil: string, status: string) {
    const m = this.distinct.get(k) ?? new Map<number, Set<string>>();
    const ph = hash53(pupil);
    const s = m.get(ph) ?? new Set<string>();
    s.add(status);
    m.set(ph, s);
    this.distinct.set(k, m);
  }

  private addOlympiad(r: PupilResult, key: string) {
    this.addDistinct(`${key}\u0001${r.year}\u0001${r.grade ?? ''}\u0001${r.stage ?? ''}`, r.pupil ?? '', r.status ?? 'participant');
  }

  /** The groups with their counts, the olympiad's and ЕГЭ electives' per-pupil counts folded in. */
  result(): {
    groups: TallyGroup[];
    orgs: TallyOrg[];
    perOrg: {
      orgKey: string;
      year: number;
      grade: string | null;
      stage: string | null;
      counts: Counts;
      kind: 'ege_electives' | 'olympiad' | 'fl_pupils';
    }[];
  } {
    const perOrg: ReturnType<ResultTally['result']>['perOrg'] = [];
    for (const [k, m] of this.electives) {
      const [orgKey, year] = k.split('\u0001') as [string, string];
      const counts: Counts = { ge70: 0, ge80: 0, ge90: 0, score100: 0 };
      for (const best of m.values())
        for (const b of BANDS) if (b === 100 ? best === 100 : best >= b) add(counts, b === 100 ? 'score100' : (`ge${b}` as Measure));
      perOrg.push({ orgKey, year: Number(year), grade: null, stage: null, counts, kind: 'ege_electives' });
    }
    for (const [k, m] of this.distinct) {
      const [orgKey, year, grade, stage] = k.split('\u0001') as [string, string, string, string];
      const counts: Counts = { participants: m.size, winners: 0, prizewinners: 0, success: 0 };
      for (const s of m.values()) {
        if (s.has('winner')) add(counts, 'winners');
        else if (s.has('prizewinner')) add(counts, 'prizewinners');
      }
      perOrg.push({
        orgKey,
        year: Number(year),
        grade: grade || null,
        stage: stage === 'fl' ? null : stage || null,
        counts,
        kind: stage === 'fl' ? 'fl_pupils' : 'olympiad',
      });
    }
    return { groups: [...this.groups.values()].map((e) => e.group), orgs: [...this.orgs.values()], perOrg };
  }
}

function duplicate(source: SourceRef, firstLine: number, what: string): ImportProblem {
  return {
    code: 'duplicate',
    severity: 'error',
    source,
    message: `${whereLabel(source)}: повтор строки ${firstLine} (те же ${what}). Удалите лишнюю строку или пропустите её.`,
  };
}
