import { ROLE_NAMES, type Role } from '../access/role.ts';

/** Roles that compute results and ratings (POST /api/results/compute). */
export const RESULT_COMPUTE_ROLES: readonly Role[] = ['admin', 'regional_operator'];

/** Who computes results, in words: «администратор или региональный оператор». */
export const RESULT_COMPUTERS_TEXT = RESULT_COMPUTE_ROLES.map((r) => ROLE_NAMES[r].toLowerCase()).join(' или ');

/** What a rating is computed from, counted within the caller's territory. */
export interface ReadinessCounts {
  /** Methodologies of indicators loaded. */
  catalogues: number;
  periods: number;
  organisations: number;
  /** Values of data elements (of the chosen period, when one is chosen). */
  values: number;
}

export type ReadinessGap = keyof ReadinessCounts;

/** One thing to do before results can be computed, with the page where it is done. */
export interface ReadinessStep {
  gap: ReadinessGap;
  text: string;
  path: string;
}

const STEPS: Record<ReadinessGap, Omit<ReadinessStep, 'gap'>> = {
  catalogues: { text: 'загрузите методику показателей', path: '/catalogues' },
  periods: { text: 'создайте отчётный период (учебный или календарный год)', path: '/periods' },
  organisations: { text: 'загрузите реестр организаций', path: '/orgs/register' },
  values: { text: 'загрузите данные показателей за период из файла или соберите их кампанией', path: '/data-import' },
};

const MISSING: Record<ReadinessGap, string> = {
  catalogues: 'методик показателей',
  periods: 'отчётных периодов',
  organisations: 'организаций',
  values: 'данных показателей',
};

/** What is missing before results can be computed, in the order it is done. */
export function readinessSteps(counts: ReadinessCounts): ReadinessStep[] {
  const order: ReadinessGap[] = ['catalogues', 'periods', 'organisations', 'values'];
  return order.filter((gap) => counts[gap] === 0).map((gap) => ({ gap, ...STEPS[gap] }));
}

/**
 * The way forward where no rating is shown, in Russian: what is missing and what to do, or, when
 * everything is there, who computes the results. `computed`: results of the chosen methodology and
 * period exist already.
 */
export function readinessMessage(counts: ReadinessCounts, computed: boolean): string {
  const steps = readinessSteps(counts);
  if (steps.length) {
    const missing = steps.map((s) => MISSING[s.gap]).join(', ');
    const todo = steps.map((s) => s.text).join('; ');
    return `Рейтинги рассчитывать пока не из чего: нет ${missing}. Что сделать: ${todo}. Затем результаты рассчитывает ${RESULT_COMPUTERS_TEXT}.`;
  }
  return computed
    ? 'Результаты рассчитаны, но рейтингов в вашей территории среди них нет: выберите другой период или методику.'
    : `Данные есть, результаты по этой методике за период ещё не рассчитаны: их рассчитывает ${RESULT_COMPUTERS_TEXT}.`;
}
