import { pluralRu } from '../export/plural-ru.ts';
import { quantile } from '../statistics/statistics.ts';

/** |M| above this is an outlier (Iglewicz & Hoaglin's recommendation). */
export const MODIFIED_Z_LIMIT = 3.5;
/** Fewer values than this say nothing about what is typical. */
const MIN_VALUES = 3;

const median = (values: readonly number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * Modified z-scores: M = 0.6745 × (x − median) / MAD, MAD the median absolute deviation — robust,
 * unlike the mean and standard deviation, to the very outliers being looked for. When MAD is 0
 * (more than half the values equal) the mean absolute deviation stands in: M = (x − median) /
 * (1.253314 × MeanAD). Null for every value when there are fewer than 3; 0 when all are equal.
 */
export function modifiedZScores(values: readonly number[]): (number | null)[] {
  if (values.length < MIN_VALUES) return values.map(() => null);
  const med = median(values);
  const deviations = values.map((x) => Math.abs(x - med));
  const mad = median(deviations);
  if (mad > 0) return values.map((x) => (0.6745 * (x - med)) / mad);
  const meanAd = deviations.reduce((s, d) => s + d, 0) / values.length;
  if (meanAd === 0) return values.map(() => 0);
  return values.map((x) => (x - med) / (1.253314 * meanAd));
}

const fmt = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/**
 * A Russian warning (not an error) when a value is far from those of similar organisations: its
 * modified z-score among them and itself is above the limit. Said in words: too many or too few for
 * `group` (genitive: «школ с числом обучающихся 300–799 в регионе»), and what is usual there (the
 * middle half of their values, first to third quartile). Null when it is not, or when there are
 * too few peers to say.
 */
export function outlierWarning(value: number, peers: readonly number[], group = 'похожих организаций'): string | null {
  const all = [...peers, value];
  const z = modifiedZScores(all).at(-1);
  if (z === null || z === undefined || Math.abs(z) <= MODIFIED_Z_LIMIT) return null;
  const sorted = [...peers].sort((a, b) => a - b);
  const [q1, q3] = [fmt(quantile(sorted, 0.25)), fmt(quantile(sorted, 0.75))];
  const usual = q1 === q3 ? q1 : `${q1}–${q3}`;
  const n = peers.length;
  return (
    `Значение ${fmt(value)} — необычно ${z > 0 ? 'много' : 'мало'} для ${group}: обычно ${usual} ` +
    `(по ${n} ${pluralRu(n, 'организации', 'организациям', 'организациям')}). ` +
    'Проверьте его; если оно верно, подтвердите комментарием.'
  );
}
