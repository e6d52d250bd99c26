import type { Position } from '../catalogue/catalogue.ts';
import { formatNumber } from './mechanism-aggregate.ts';
import type { MechanismIndexOptions, PositionScore, PrimaryPoints } from './mechanism-index-types.ts';
import { MECHANISM_STEP_RULES } from './mechanism-step-rules.ts';
import { invalid, missing, ok } from '../outcome.ts';
import type { Outcome } from '../outcome.ts';

/** Step 1: the expert's primary points of one position, checked against 0 … maxPoints. */
export function scoreMechanismPosition(position: Position, points: PrimaryPoints, options: MechanismIndexOptions): PositionScore {
  const { code, maxPoints: max } = position;
  const raw: unknown = Object.hasOwn(points, code) ? points[code] : undefined;
  const validMax = typeof max === 'number' && Number.isFinite(max) && max > 0;
  const unscored = raw === undefined || raw === null;
  let value: Outcome;
  let calculation: string;
  if (!validMax) {
    value = invalid(`Позиция «${code}»: максимум в каталоге должен быть положительным числом, указано ${String(max)}.`);
    calculation = 'максимум позиции в каталоге недопустим';
  } else if (unscored) {
    value = options.unscoredAsZero ? ok(0) : missing(`Позиция «${code}» не оценена экспертом.`);
    calculation = options.unscoredAsZero ? `не оценена — принято 0 из ${formatNumber(max)}` : `не оценена (максимум ${formatNumber(max)})`;
  } else if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    value = invalid(`Позиция «${code}»: первичный балл должен быть конечным числом, получено ${String(raw)}.`);
    calculation = `${String(raw)} — недопустимо`;
  } else if (raw < 0) {
    value = invalid(`Позиция «${code}»: первичный балл ${formatNumber(raw)} отрицателен (допустимо от 0 до ${formatNumber(max)}).`);
    calculation = `${formatNumber(raw)} — меньше 0`;
  } else if (raw > max) {
    value = invalid(`Позиция «${code}»: первичный балл ${formatNumber(raw)} больше максимума ${formatNumber(max)}.`);
    calculation = `${formatNumber(raw)} — больше максимума ${formatNumber(max)}`;
  } else {
    value = ok(raw);
    calculation = `${formatNumber(raw)} из ${formatNumber(max)}`;
  }
  const isInvalid = value.kind === 'invalid';
  const completeness = {
    total: 1,
    scored: unscored || isInvalid ? 0 : 1,
    unscored: unscored && validMax ? [code] : [],
    invalid: isInvalid ? [code] : [],
  };
  return {
    code,
    component: position.component,
    maxPoints: validMax ? max : 0,
    completeness,
    points: { value, step: 1, rule: MECHANISM_STEP_RULES[1], calculation, positions: [code] },
  };
}
