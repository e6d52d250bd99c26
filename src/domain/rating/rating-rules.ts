import type { ZoneYear } from '../catalogue/zone-thresholds.ts';
import type { Rating } from './rating.ts';
import { roundToPrecision } from './round-to-precision.ts';
import { NOT_PRESENTED } from './direction-scores.ts';
import { INVERSION_TEXT, type InversionRule } from './score.ts';
import type { GapRule } from './zones.ts';

/** The wording that differs between a rating of a table (`soko rate`) and a stored comparison. */
export interface RatingRulesWording {
  /** Among whom the best value is found, genitive: «объектов таблицы». */
  among: string;
  /** What counts as «нет данных», one sentence after «Контекстные показатели не оцениваются в баллах.». */
  noData: string;
  /** How parts are weighted in the means, e.g. «(с весами, если задана строка «Вес»)». */
  weights?: string;
}

const ZONE_WORD = { green: 'зеленая', yellow: 'желтая', red: 'красная' } as const;

/** The zone thresholds of a year in one line, best first: «Зеленая зона 59–82; Желтая зона 47–58; …». */
export function zoneBandsText(year: ZoneYear): string {
  return [...year.bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.name} ${b.min}–${b.max}`)
    .join('; ');
}

/**
 * How scores, means, places and zones of a rating are computed, in Russian sentences (000 §2.2):
 * the sheet «Правила» of every rated workbook, whether from a table or from a stored comparison.
 */
/** The rule of missing parts as a rating states it; `exclude` is labelled as the authority's deviation. */
export const MISSING_RULE_TEXT = {
  zero: `Балл направления — сумма баллов показателей / количество показателей (000 §2.2): показатель без данных входит в делитель, «${NOT_PRESENTED}».`,
  exclude:
    'Отступление управления от методики: показатель без данных не входит в делитель (среднее только показателей с баллом); по 000 §2.2 делитель — количество показателей, а непредставленный показатель даёт 0 баллов.',
} as const;

/** A short label of the missing-data rule for a rating's header (the API field is `Rating.missingRule`). */
export const MISSING_RULE_LABEL = {
  zero: '0 баллов, входит в делитель (как в методике, 000 §2.2)',
  exclude: 'не входит в делитель — отступление управления от методики',
} as const;

const comma = (n: number) => String(n).replace('.', ',');

export function ratingRules(
  rating: Pick<Rating, 'precision' | 'summaryMode' | 'minCompleteness' | 'missingRule' | 'displayPrecision' | 'indicators'>,
  zones: { year: ZoneYear; gapRule: GapRule } | undefined,
  wording: RatingRulesWording,
): string[] {
  const weights = wording.weights ? ` ${wording.weights}` : '';
  const missingRule = rating.missingRule ?? 'exclude';
  const lower = rating.indicators.filter((i) => i.polarity === 'lower_better');
  const inversions = new Map<InversionRule, string[]>();
  for (const i of lower) inversions.set(i.inversion ?? 'ratio', [...(inversions.get(i.inversion ?? 'ratio') ?? []), i.code]);
  const lowerRules =
    inversions.size === 0
      ? [`Балл по показателю «меньше — лучше»: ${INVERSION_TEXT.linear}; лучшее — наименьшее значение, наихудшее — наибольшее.`]
      : [...inversions].map(
          ([rule, codes]) =>
            `Балл по показателю «меньше — лучше» (${codes.join(', ')}): ${INVERSION_TEXT[rule]}; лучшее — наименьшее значение${rule === 'linear' ? ', наихудшее — наибольшее' : ''}.`,
        );
  const minText =
    rating.minCompleteness > 0
      ? `при полноте меньше ${roundToPrecision(rating.minCompleteness * 100, 0.1)} % средний балл не вычисляется и место не присваивается.`
      : 'минимальной полноты нет (как в 000): ранжируется каждый объект, у которого есть хотя бы один балл.';
  const display = rating.displayPrecision ?? rating.precision;
  const rules = [
    `Балл по показателю «больше — лучше»: значение / лучшее × 100, лучшее — наибольшее значение среди ${wording.among} (000 §2.2).`,
    ...lowerRules,
    'Если наибольшее значение «больше — лучше» равно 0, показатель не оценивается ни у кого и не входит в средние.',
    `Контекстные показатели не оцениваются в баллах. ${wording.noData}`,
    `Балл направления — среднее баллов его показателей${weights}; сводный балл — среднее ${rating.summaryMode === 'directions' ? 'баллов направлений' : 'баллов всех показателей'}.`,
    MISSING_RULE_TEXT[missingRule],
    `Полнота — доля показателей (направлений) с баллом; ${minText}`,
    `Баллы округляются до ${comma(rating.precision)} до определения мест и зон; 1 место — наибольший балл; равные баллы делят место, оно записано диапазоном («2–3»).${display !== rating.precision ? ` Баллы показаны с точностью ${comma(display)}.` : ''}`,
    'Баллы больше 100 возможны только при внешнем эталоне и не ограничиваются.',
  ];
  if (zones) {
    const g = zones.gapRule;
    rules.push(
      `Зоны${zones.year.year ? ` ${zones.year.year} г.` : ''} по сводному баллу: ${zoneBandsText(zones.year)}. Балл в разрыве между диапазонами — ${g.between === 'lower' ? 'нижняя' : 'верхняя'} из двух зон; ниже нижней границы — ${ZONE_WORD[g.below]}, выше верхней — ${ZONE_WORD[g.above]}.`,
    );
  }
  return rules;
}
