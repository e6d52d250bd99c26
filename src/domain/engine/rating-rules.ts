import type { ZoneYear } from '../catalogue/zone-thresholds.ts';
import type { Rating } from './rating.ts';
import { roundToPrecision } from './round-to-precision.ts';
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
export function ratingRules(
  rating: Pick<Rating, 'precision' | 'summaryMode' | 'minCompleteness'>,
  zones: { year: ZoneYear; gapRule: GapRule } | undefined,
  wording: RatingRulesWording,
): string[] {
  const weights = wording.weights ? ` ${wording.weights}` : '';
  const rules = [
    `Балл по показателю «больше — лучше»: значение / лучшее × 100, лучшее — наибольшее значение среди ${wording.among} (000 §2.2).`,
    'Балл по показателю «меньше — лучше»: лучшее / значение × 100, лучшее — наименьшее значение; если наименьшее равно 0, объекты с 0 получают 100 баллов, остальные 0.',
    'Если наибольшее значение «больше — лучше» равно 0, показатель не оценивается ни у кого и не входит в средние.',
    `Контекстные показатели не оцениваются в баллах. ${wording.noData}`,
    `Балл направления — среднее баллов его показателей${weights}; сводный балл — среднее ${rating.summaryMode === 'directions' ? 'баллов направлений' : 'баллов всех показателей'}.`,
    `Полнота — доля показателей (направлений) с баллом; при полноте меньше ${roundToPrecision(rating.minCompleteness * 100, 0.1)} % средний балл не вычисляется и место не присваивается.`,
    `Баллы округляются до ${String(rating.precision).replace('.', ',')} до определения мест и зон; 1 место — наибольший балл; равные баллы делят место, оно записано диапазоном («2–3»).`,
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
