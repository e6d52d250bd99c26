import { percentText, totalOf, type StoredValue } from './school-values.ts';

/**
 * A context factor of ШФНСУ (004 §1.1: staff shortage, low social status of parents, deviance…), measured by
 * seed 004's context data (catalogs/data-elements/seed004.yaml, common.yaml): a share of pupils, or of posts
 * for staff, = Σ numerator / Σ denominator.
 */
export interface ConditionFactor {
  code: string;
  name: string;
  /** For a form label. */
  shortName: string;
  numerator: readonly string[];
  denominator: readonly string[];
  /** What the denominator counts, for the sentence. */
  of: string;
  /** Default threshold, %: the factor is exceeded when its share is at least this. */
  threshold: number;
}

/**
 * The factors and their default thresholds. Seed 004 names the conditions but no numbers; the defaults are
 * roughly twice the usual share in a Russian school, so that a factor marks a school that stands out:
 * orphans 3 %, low-income families 30 %, incomplete families 35 %, risk groups 10 %, registered with
 * ПДН 1 %, vacancies 10 % of the teaching posts (staff + vacancies).
 */
export const CONDITION_FACTORS: readonly ConditionFactor[] = [
  {
    code: 'orphans',
    name: 'Дети-сироты и дети, оставшиеся без попечения родителей',
    shortName: 'Сироты',
    numerator: ['orphan_pupils'],
    denominator: ['pupils_total'],
    of: 'обучающихся',
    threshold: 3,
  },
  {
    code: 'low_income',
    name: 'Обучающиеся из малообеспеченных семей',
    shortName: 'Малообеспеченные семьи',
    numerator: ['low_income_family_pupils'],
    denominator: ['pupils_total'],
    of: 'обучающихся',
    threshold: 30,
  },
  {
    code: 'single_parent',
    name: 'Обучающиеся из неполных семей',
    shortName: 'Неполные семьи',
    numerator: ['single_parent_family_pupils'],
    denominator: ['pupils_total'],
    of: 'обучающихся',
    threshold: 35,
  },
  {
    code: 'risk_group',
    name: 'Обучающиеся в группах риска',
    shortName: 'Группы риска',
    numerator: ['risk_group_pupils'],
    denominator: ['pupils_total'],
    of: 'обучающихся',
    threshold: 10,
  },
  {
    code: 'pdn',
    name: 'Обучающиеся на учёте в ПДН',
    shortName: 'Учёт в ПДН',
    numerator: ['pdn_registered_pupils'],
    denominator: ['pupils_total'],
    of: 'обучающихся',
    threshold: 1,
  },
  {
    code: 'staff_shortage',
    name: 'Кадровый дефицит: вакансии педагогических работников',
    shortName: 'Вакансии педагогов',
    numerator: ['ped_vacancies'],
    denominator: ['ped_workers_total', 'ped_vacancies'],
    of: 'педагогических должностей (работники и вакансии)',
    threshold: 10,
  },
];

/** Every element the ШФНСУ rule reads, for the query. */
export const CONDITION_ELEMENTS: readonly string[] = [...new Set(CONDITION_FACTORS.flatMap((f) => [...f.numerator, ...f.denominator]))];

export interface ShfnsuParams {
  /** A school is ШФНСУ when at least this many factors are exceeded. */
  minFactors: number;
  /** Threshold per factor code, %; a factor not given keeps its default. */
  thresholds: Readonly<Record<string, number>>;
}

export const SHFNSU_DEFAULTS: ShfnsuParams = {
  minFactors: 2,
  thresholds: Object.fromEntries(CONDITION_FACTORS.map((f) => [f.code, f.threshold])),
};

export interface FactorEvidence {
  code: string;
  name: string;
  threshold: number;
  /** exceeded: share ≥ threshold; missing: an element has no value; invalid: the numbers cannot make a share. */
  status: 'exceeded' | 'not_exceeded' | 'missing' | 'invalid';
  numerator: number | null;
  denominator: number | null;
  /** Share, %; null unless computed. */
  share: number | null;
  /** Elements with no value. */
  missing: string[];
  sentence: string;
}

export interface ShfnsuVerdict {
  /** unfavourable: ≥ minFactors exceeded; insufficient_data: fewer, but the factors without data could make it; else favourable. */
  status: 'unfavourable' | 'favourable' | 'insufficient_data';
  exceeded: number;
  /** Factors without a value (missing or invalid). */
  unknown: number;
  factors: FactorEvidence[];
  conclusion: string;
}

function sumOf(values: readonly StoredValue[], codes: readonly string[]): { total: number | null; missing: string[] } {
  let total = 0;
  const missing: string[] = [];
  for (const code of codes) {
    const v = totalOf(values, code);
    if (v === null) missing.push(code);
    else total += v;
  }
  return { total: missing.length ? null : total, missing };
}

/** One factor of one school: Σ numerator / Σ denominator against the threshold (exact: num × 100 ≥ threshold × den). */
export function assessFactor(values: readonly StoredValue[], factor: ConditionFactor, threshold: number): FactorEvidence {
  const num = sumOf(values, factor.numerator);
  const den = sumOf(values, factor.denominator);
  const base = { code: factor.code, name: factor.name, threshold, numerator: num.total, denominator: den.total };
  const missing = [...num.missing, ...den.missing];
  if (num.total === null || den.total === null)
    return { ...base, status: 'missing', share: null, missing, sentence: `${factor.name}: нет данных (${missing.join(', ')})` };
  if (den.total <= 0 || num.total < 0 || num.total > den.total)
    return {
      ...base,
      status: 'invalid',
      share: null,
      missing,
      sentence: `${factor.name}: ${num.total} из ${den.total} ${factor.of} — доля не вычисляется, проверьте данные`,
    };
  const share = (num.total * 100) / den.total;
  const exceeded = num.total * 100 >= threshold * den.total;
  return {
    ...base,
    status: exceeded ? 'exceeded' : 'not_exceeded',
    share,
    missing,
    sentence: `${factor.name}: ${num.total} из ${den.total} ${factor.of} (${percentText(share)}) ${exceeded ? '≥' : '<'} ${threshold} %`,
  };
}

/**
 * ШФНСУ by a documented, adjustable rule: each factor of CONDITION_FACTORS is a share compared with its
 * threshold; the school is in unfavourable social conditions when at least minFactors are exceeded. Missing data
 * is reported, never taken as zero: when the factors without data could still reach minFactors, the verdict is
 * insufficient_data.
 */
export function assessShfnsu(values: readonly StoredValue[], params: ShfnsuParams = SHFNSU_DEFAULTS): ShfnsuVerdict {
  const factors = CONDITION_FACTORS.map((f) => assessFactor(values, f, params.thresholds[f.code] ?? f.threshold));
  const exceeded = factors.filter((f) => f.status === 'exceeded').length;
  const unknown = factors.filter((f) => f.status === 'missing' || f.status === 'invalid').length;
  const status =
    exceeded >= params.minFactors ? 'unfavourable' : exceeded + unknown >= params.minFactors ? 'insufficient_data' : 'favourable';
  const counted = `превышено факторов: ${exceeded} из ${factors.length} (нужно не менее ${params.minFactors})`;
  const conclusion =
    status === 'unfavourable'
      ? `${counted}: школа функционирует в неблагоприятных социальных условиях`
      : status === 'insufficient_data'
        ? `${counted}; без данных ${unknown}: вывод невозможен, пока данные не собраны`
        : `${counted}: не отмечается`;
  return { status, exceeded, unknown, factors, conclusion };
}
