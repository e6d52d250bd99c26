import { breakdownKey } from '../catalogue/breakdown-key.ts';
import { PERSON_DIMENSION } from '../indicator-values/evaluate-formula.ts';
import { planCompletion } from './plan-completion.ts';
import { inPostAt, within, type Candidate, type Leader, type PeriodSpan, type ReservePolicy } from './personnel.ts';

/** A data-element value the register yields for an organisation or a municipality in one period. */
export interface RegisterValue {
  objectId: number;
  element: string;
  /** «person=<id>» for person-level elements; '' for the municipality's flags. */
  breakdown: string;
  value: number;
}

/** The data elements the register fills (catalogs/data-elements/seed003.yaml); forms never collect them. */
export const REGISTER_ELEMENTS = [
  'leader_mgmt_quality_assessed',
  'leader_competences_high',
  'leader_required_qualification',
  'leader_deficit_diagnostics_voluntary',
  'leader_training_3y',
  'leader_mgmt_education',
  'reserve_selection_criteria',
  'reserve_training_system',
  'reserve_development_support',
  'reserve_diagnostics_covered',
  'reserve_diagnostics_passed',
  'reserve_trained_in_period',
  'reserve_enrolled',
  'reserve_appointed_in_period',
  'reserve_has_development_plan',
  'reserve_plan_completion',
] as const;

/** The rules by which each element is read from the register, in Russian (shown beside the values). */
export const REGISTER_RULES: Record<(typeof REGISTER_ELEMENTS)[number], string> = {
  leader_mgmt_quality_assessed:
    'руководитель, в отношении которого в отчётном периоде проводилась оценка качества управленческой деятельности',
  leader_competences_high: 'по последней оценке профессиональных компетенций на конец периода уровень — высокий',
  leader_required_qualification:
    'высшее образование и подготовка по управлению («Государственное и муниципальное управление», «Менеджмент», «Управление персоналом»)',
  leader_deficit_diagnostics_voluntary: 'в отчётном периоде добровольно прошёл диагностику профессиональных дефицитов',
  leader_training_3y: 'повышение квалификации по актуальным направлениям за три года до конца периода',
  leader_mgmt_education: 'высшее образование или дополнительная подготовка по управлению',
  reserve_selection_criteria: 'критерии отбора утверждены (на конец периода)',
  reserve_training_system: 'система подготовки кандидатов описана и утверждена',
  reserve_development_support: 'механизм сопровождения (наставничество) описан и утверждён',
  reserve_diagnostics_covered: 'лично-профессиональная диагностика кандидата проведена в отчётном периоде',
  reserve_diagnostics_passed: 'диагностика в отчётном периоде пройдена успешно',
  reserve_trained_in_period: 'кандидат прошёл обучение в отчётном периоде',
  reserve_enrolled: 'зачислен в резерв не позднее конца периода и не исключён до его начала',
  reserve_appointed_in_period: 'назначение на руководящую должность утверждено в отчётном периоде',
  reserve_has_development_plan: 'есть план индивидуального развития',
  reserve_plan_completion: 'выполнение плана, %: выполненные пункты со сроком до конца периода к числу таких пунктов',
};

const bool = (b: boolean): number => (b ? 1 : 0);
const person = (id: number): string => breakdownKey({ [PERSON_DIMENSION]: String(id) });

/** Three years before a date (the «за последние три года» of seed 003 D1.05), exclusive. */
function threeYearsBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 3}${date.slice(4)}`;
}

/**
 * The values the register yields for one period. Leaders: one row per head of an organisation in
 * post on the period's last day, at that organisation (seed 003 counts «руководителей ОО»;
 * deputies and teams are in the register but not in these indicators). Reserve: one row per
 * candidate of the period, at the municipality; the policy's flags at the municipality.
 */
export function registerValues(input: {
  period: PeriodSpan;
  leaders: readonly Leader[];
  candidates: readonly Candidate[];
  policies: ReadonlyMap<number, ReservePolicy>;
}): RegisterValue[] {
  const { period } = input;
  const end = period.endsOn;
  const out: RegisterValue[] = [];
  for (const l of input.leaders) {
    if (l.postKind !== 'head' || !inPostAt(l, end)) continue;
    const at = (element: string, yes: boolean) => out.push({ objectId: l.orgId, element, breakdown: person(l.id), value: bool(yes) });
    const byDate = [...l.events].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    const lastAssessment = byDate.filter((e) => e.kind === 'competence_assessment' && e.heldOn <= end).at(-1);
    const from = threeYearsBefore(end);
    at(
      'leader_mgmt_quality_assessed',
      l.events.some((e) => e.kind === 'quality_assessment' && within(e.heldOn, period)),
    );
    at('leader_competences_high', lastAssessment?.level === 'high');
    at('leader_required_qualification', l.educationLevel === 'higher' && l.mgmtEducation !== null);
    at(
      'leader_deficit_diagnostics_voluntary',
      l.events.some((e) => e.kind === 'deficit_diagnostics' && e.voluntary === true && within(e.heldOn, period)),
    );
    at(
      'leader_training_3y',
      l.events.some((e) => e.kind === 'training' && e.relevant === true && e.heldOn > from && e.heldOn <= end),
    );
    at('leader_mgmt_education', l.mgmtEducation !== null);
  }
  for (const c of input.candidates) {
    // Who left the reserve before the period (excluded, or appointed to a post) is not its candidate.
    const left = c.excludedOn ?? c.appointedOn;
    if (c.nominatedOn > end || (left !== null && left < period.startsOn)) continue;
    const at = (element: string, value: number) => out.push({ objectId: c.municipalityId, element, breakdown: person(c.id), value });
    const inPeriod = (kind: 'diagnostics' | 'training') => c.events.filter((e) => e.kind === kind && within(e.heldOn, period));
    at('reserve_diagnostics_covered', bool(inPeriod('diagnostics').length > 0));
    at('reserve_diagnostics_passed', bool(inPeriod('diagnostics').some((e) => e.passed === true)));
    at('reserve_trained_in_period', bool(inPeriod('training').length > 0));
    at('reserve_enrolled', bool(c.enrolledOn !== null && c.enrolledOn <= end));
    at('reserve_appointed_in_period', bool(within(c.appointedOn, period)));
    at('reserve_has_development_plan', bool(c.plan.length > 0));
    at('reserve_plan_completion', planCompletion(c.plan, end) ?? 0);
  }
  for (const [municipalityId, p] of input.policies) {
    const adopted = p.orderDate === null || p.orderDate <= end;
    const at = (element: string, yes: boolean) =>
      out.push({ objectId: municipalityId, element, breakdown: '', value: bool(adopted && yes) });
    at('reserve_selection_criteria', p.criteria.length > 0);
    at('reserve_training_system', p.trainingSystem.trim() !== '');
    at('reserve_development_support', p.supportMechanism.trim() !== '');
  }
  return out;
}
