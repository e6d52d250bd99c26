import { pluralRu } from '../export/plural-ru.ts';
import type { ReportClusterTable } from './report-content.ts';

// A report's clusterings are frozen with their labels (CLUSTERING_LABELS of the results: «по типу
// поселения», «по численности», «по результатам (k-means)») and cluster labels («кластер 1: …»).
// A report speaks to decision makers: it names them in words; the algorithm is for the appendix.

const groups = (n: number) => `${n} ${pluralRu(n, 'группу', 'группы', 'групп')}`;

/** A cluster's label in words: «кластер 2: средний балл направлений 60» → «группа 2: …». */
export const clusterLabelInWords = (label: string) => label.replace(/^кластер (\d)/i, 'группа $1');

/** How a clustering split the organisations, in words, and its short name («по сходству результатов»). */
export function clusteringInWords(t: Pick<ReportClusterTable, 'clustering' | 'rows'>): { name: string; sentence: string | null } {
  const label = t.clustering.toLowerCase();
  if (label.startsWith('по типу поселения'))
    return {
      name: 'по типу поселения',
      sentence: 'Городские и сельские организации рассмотрены отдельно, чтобы было видно, различаются ли их результаты.',
    };
  if (label.startsWith('по численности'))
    return {
      name: 'по численности обучающихся',
      sentence: 'Организации сгруппированы по числу обучающихся (воспитанников): малые сравниваются с малыми, крупные — с крупными.',
    };
  if (label.includes('k-means') || label.startsWith('по результатам')) {
    const formed = t.rows.filter((r) => /^кластер \d/i.test(r.label)).length;
    return {
      name: 'по сходству результатов',
      sentence:
        `Организации разделены на ${formed > 0 ? groups(formed) : 'группы'} так, что в одну группу попали организации ` +
        'с похожими баллами по направлениям: первая группа — с более высокими результатами, последняя — с более низкими.',
    };
  }
  return { name: label, sentence: null };
}
