import { parseEnteredNumber } from '../collection/parse-entered-number.ts';
import type { AggregateResult, AssessmentKind, Counts, OrgRef, SourceRef } from './assessment-kind.ts';
import { COUNT_FIELDS, fieldLabel, type ColumnMapping, type FieldKey } from './column-mapping.ts';
import { whereLabel, type ImportProblem } from './import-problem.ts';
import { parseStatus, type PupilResult } from './pupil-result.ts';
import { subjectCode } from './subjects.ts';

/** What the importer knows of a file besides its rows. */
export interface RowContext {
  kind: AssessmentKind;
  /** The exam year when the file has no year column. */
  year: number | null;
  /** The stage (olympiad) or procedure when the file has no such column. */
  stage: string | null;
  header: readonly string[];
}

type Read<T> = { value: T; problems: ImportProblem[] } | { value: null; problems: ImportProblem[] };

const MARK_KINDS: readonly AssessmentKind[] = ['vpr', 'oge', 'niko'];
const GRADE_KINDS: readonly AssessmentKind[] = ['vpr', 'niko', 'fl', 'olympiad'];

class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly cells: readonly string[],
    private readonly mapping: ColumnMapping,
    private readonly ctx: RowContext,
    readonly source: SourceRef,
  ) {}

  text(key: FieldKey): string {
    const i = this.mapping[key];
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }

  column(key: FieldKey): string {
    const i = this.mapping[key];
    return i === undefined ? fieldLabel(key) : (this.ctx.header[i] ?? fieldLabel(key));
  }

  fail(key: FieldKey, code: string, message: string): null {
    this.problems.push({
      code,
      severity: 'error',
      source: this.source,
      column: this.column(key),
      message: `${whereLabel(this.source, this.column(key))}: ${message}`,
    });
    return null;
  }

  /** A number in [min, max]; integers only when asked. Empty → null; bad → a problem and undefined. */
  number(key: FieldKey, min: number, max: number, integer: boolean, code: string, what: string): number | null | undefined {
    const raw = this.text(key);
    const n = parseEnteredNumber(raw);
    if (n.kind === 'empty') return null;
    if (n.kind === 'invalid') {
      this.fail(key, code, `${what}: ${n.reason}.`);
      return undefined;
    }
    if ((integer && !Number.isInteger(n.value)) || n.value < min || n.value > max) {
      this.fail(
        key,
        code,
        `${what} «${raw}» невозможно: допустимо ${integer ? 'целое ' : ''}от ${min} до ${max}. Исправьте значение в файле или пропустите строку.`,
      );
      return undefined;
    }
    return n.value;
  }

  org(): OrgRef | null {
    const org: OrgRef = {};
    const code = this.text('orgCode');
    const inn = this.text('orgInn');
    const name = this.text('orgName');
    const municipality = this.text('municipality');
    if (code) org.code = code;
    if (inn) org.inn = inn;
    if (name) org.name = name;
    if (municipality) org.municipality = municipality;
    if (!code && !inn && !name) {
      const key = this.mapping.orgCode !== undefined ? 'orgCode' : this.mapping.orgName !== undefined ? 'orgName' : 'orgInn';
      return this.fail(key, 'no_org', 'не указана организация (код, ИНН или наименование). Заполните ячейку или пропустите строку.');
    }
    return org;
  }

  year(): number | null {
    if (this.mapping.year === undefined) {
      if (this.ctx.year === null)
        return this.fail('year', 'no_year', 'год не указан: укажите год проведения при загрузке или добавьте столбец «Год».');
      return this.ctx.year;
    }
    const raw = this.text('year');
    const m = /^(\d{4})(?:\s*[/–-]\s*(\d{4}))?$/.exec(raw);
    if (!m) {
      if (raw === '' && this.ctx.year !== null) return this.ctx.year;
      return this.fail(
        'year',
        'bad_year',
        `год «${raw}» не распознан: напишите год проведения четырьмя цифрами (2024) или учебный год (2023/2024).`,
      );
    }
    return Number(m[2] ?? m[1]);
  }

  subject(required: boolean): string | null | undefined {
    const raw = this.text('subject');
    if (raw === '') {
      if (required) this.fail('subject', 'no_subject', 'не указан предмет. Заполните ячейку или пропустите строку.');
      return required ? undefined : null;
    }
    const code = subjectCode(raw);
    if (code === null) {
      this.fail(
        'subject',
        'bad_subject',
        `предмет «${raw}» не распознан: напишите его название полностью («Русский язык», «Математика (профильный уровень)»).`,
      );
      return undefined;
    }
    return code;
  }

  grade(required: boolean): string | null | undefined {
    let raw = this.text('grade');
    if (raw === '') raw = /^\s*(\d{1,2})/.exec(this.text('className'))?.[1] ?? '';
    if (raw === '') {
      if (required)
        this.fail(
          this.mapping.grade !== undefined ? 'grade' : 'className',
          'no_grade',
          'не указан класс (параллель). Заполните ячейку или пропустите строку.',
        );
      return required ? undefined : null;
    }
    const g = Number(/^\d{1,2}/.exec(raw)?.[0]);
    if (!Number.isInteger(g) || g < 1 || g > 11) {
      this.fail('grade', 'bad_grade', `класс «${raw}» невозможен: допустимы параллели с 1 по 11.`);
      return undefined;
    }
    return String(g);
  }

  /** What every row names, read in this order: organisation, year, subject (none for olympiads), grade, stage. */
  head(gradeRequired: boolean) {
    return {
      org: this.org(),
      year: this.year(),
      subject: this.subject(this.ctx.kind !== 'olympiad'),
      grade: this.grade(gradeRequired),
      stage: this.stage(),
    };
  }

  stage(): string | null {
    const raw = this.text('stage');
    if (raw === '') return this.ctx.stage;
    return stageCode(raw) ?? raw;
  }
}

/** Olympiad stages as files name them → the `assessment` breakdown values. */
export function stageCode(raw: string): string | null {
  const s = raw.toLowerCase();
  if (/школьн|school/.test(s)) return 'school_stage';
  if (/муниц|municipal/.test(s)) return 'municipal_stage';
  if (/регион|regional/.test(s)) return 'regional_stage';
  if (/заключ|финал|final/.test(s)) return 'final_stage';
  return null;
}

/** One pupil-level row: organisation, pupil key, subject, grade, mark or score, term mark. */
export function readPupilRow(cells: readonly string[], mapping: ColumnMapping, ctx: RowContext, source: SourceRef): Read<PupilResult> {
  const r = new RowReader(cells, mapping, ctx, source);
  const kind = ctx.kind;
  const { org, year, subject, grade, stage } = r.head(GRADE_KINDS.includes(kind) && kind !== 'olympiad');
  const pupil = r.text('pupil') || null;
  const mark = r.number('mark', 2, 5, true, 'bad_mark', 'отметка');
  const termMark = r.number('termMark', 2, 5, true, 'bad_mark', 'отметка по журналу');
  const maxScore = kind === 'ege' ? 100 : 1000;
  const score = r.number('score', 0, maxScore, false, 'bad_score', kind === 'ege' ? 'тестовый балл ЕГЭ' : 'балл');
  const statusRaw = r.text('status');
  const status = parseStatus(statusRaw);
  if (status === undefined)
    r.fail(
      'status',
      'bad_status',
      `статус «${statusRaw}» не распознан: пишите «победитель», «призёр» или «участник» (для грамотности — «базовый», «ниже базового»).`,
    );
  if (mark === null && score === null && status === null && kind !== 'olympiad') {
    const key: FieldKey = MARK_KINDS.includes(kind) || mapping.score === undefined ? 'mark' : 'score';
    r.fail(key, 'no_result', `нет результата (${kind === 'ege' ? 'тестового балла' : 'отметки'}). Заполните ячейку или пропустите строку.`);
  }
  if (MARK_KINDS.includes(kind) && mark === null && mapping.mark !== undefined && r.problems.length === 0)
    r.fail('mark', 'no_result', 'нет отметки. Заполните ячейку или пропустите строку.');
  if (kind === 'olympiad' && stage === null)
    r.fail('stage', 'no_stage', 'не указан этап олимпиады: укажите его при загрузке или в столбце «Этап».');
  if (kind === 'olympiad' && pupil === null)
    r.fail('pupil', 'no_pupil', 'не указан код участника: без него участник этапа не учитывается один раз.');
  if (r.problems.length || org === null || year === null || subject === undefined || grade === undefined)
    return { value: null, problems: r.problems };
  return {
    value: {
      source,
      kind,
      year,
      org,
      pupil,
      subject,
      grade,
      stage,
      mark: mark ?? null,
      score: score ?? null,
      termMark: termMark ?? null,
      status: status ?? null,
    },
    problems: [],
  };
}

/** One aggregate row: organisation × subject (× grade) with its counts. */
export function readAggregateRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  ctx: RowContext,
  source: SourceRef,
): Read<AggregateResult> {
  const r = new RowReader(cells, mapping, ctx, source);
  const kind = ctx.kind;
  const { org, year, subject, grade, stage } = r.head(kind === 'vpr' || kind === 'niko');
  const counts: Counts = {};
  for (const key of COUNT_FIELDS) {
    const v = r.number(key, 0, 1_000_000, true, 'bad_count', `«${r.column(key)}»`);
    if (v !== null && v !== undefined) counts[key] = v;
  }
  const participants = counts.participants;
  if (participants === undefined && !r.problems.length) r.fail('participants', 'no_participants', 'не указано число участников.');
  const average = r.number('average', 0, 100, false, 'bad_score', 'средний балл');
  if (participants !== undefined) {
    for (const key of COUNT_FIELDS) {
      const v = counts[key];
      if (key !== 'participants' && v !== undefined && v > participants)
        r.fail(
          key,
          'impossible_count',
          `${v} больше числа участников (${participants}). Исправьте значение в файле или пропустите строку.`,
        );
    }
    const marks = (counts.mark2 ?? 0) + (counts.mark3 ?? 0) + (counts.mark4 ?? 0) + (counts.mark5 ?? 0);
    if (marks > participants)
      r.fail('mark2', 'impossible_count', `сумма отметок «2»–«5» (${marks}) больше числа участников (${participants}).`);
    if (average !== null && average !== undefined) counts.scoreSum = average * participants;
  }
  if (kind === 'vpr' && counts.mark2 !== undefined && counts.belowMin === undefined) counts.belowMin = counts.mark2;
  if (r.problems.length || org === null || year === null || subject === undefined || grade === undefined)
    return { value: null, problems: r.problems };
  const className = r.text('className').trim() || null;
  return { value: { source, kind, year, org, subject, grade, className, stage, counts }, problems: [] };
}
