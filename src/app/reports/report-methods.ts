import { formatPrinted } from '../../domain/export/format-ru.ts';
import { clusteringInWords, clusterLabelInWords } from '../../domain/report/clustering-words.ts';
import type { ReportContent } from '../../domain/report/report-content.ts';
import type { DocBlock } from './doc-block.ts';

// A report speaks to decision makers: its body says in words what was done; codes, formulas and
// algorithms go to the appendix «Методика расчёта» for the specialist who checks them.

export const METHODS_APPENDIX = 'Приложение. Методика расчёта';
const SEE_APPENDIX = `приведены в приложении «Методика расчёта»`;

/** «Факторы»: how the groups were formed, in words, and the mean score of each group. */
export function clusterBlocks(c: ReportContent): DocBlock[] {
  if (c.clusters.length === 0) return [];
  const sentences = [...new Set(c.clusters.map((t) => clusteringInWords(t).sentence).filter((s): s is string => s !== null))];
  return [
    { kind: 'paragraph', text: `Чтобы сравнивать сопоставимое, организации рассмотрены по группам. ${sentences.join(' ')}` },
    ...c.clusters.map((t): DocBlock => ({
      kind: 'table',
      caption: `${t.comparison}: группы ${clusteringInWords(t).name}`,
      header: ['Группа', 'Организаций', t.direction ? 'Средний балл по направлению' : 'Средний итоговый балл'],
      rows: t.rows.map((x) => [clusterLabelInWords(x.label), String(x.members), x.mean === null ? '—' : formatPrinted(x.mean, 2)]),
      widths: [60, 15, 25],
    })),
    { kind: 'paragraph', text: `Способы расчёта групп ${SEE_APPENDIX}.` },
  ];
}

/** «Направления»: the operator's text names the directions; their indicators by code are in the appendix. */
export const DIRECTIONS_NOTE = `Перечни показателей каждого направления с их кодами ${SEE_APPENDIX}.`;

/** A sentence for «Выводы»: where the rules that found the deficits and practices are. */
export const FINDING_RULES_NOTE = `Правила, по которым выявлены дефициты и успешные практики, ${SEE_APPENDIX}.`;

/** The appendix: the indicators of each direction by code, how the groups were computed, the rules of the findings. */
export function methodsAppendix(c: ReportContent): DocBlock[] {
  const names = new Map(c.indicators.map((i) => [i.code, i.name]));
  const blocks: DocBlock[] = [
    { kind: 'heading', text: METHODS_APPENDIX, level: 1 },
    { kind: 'heading', text: 'Показатели направлений', level: 2 },
    {
      kind: 'table',
      caption: 'Показатели, по которым оценено каждое направление',
      header: ['Код', 'Показатель', 'Направление'],
      rows: c.directions.flatMap((d) => d.indicators.map((code) => [code, names.get(code) ?? '—', d.name])),
      widths: [12, 58, 30],
    },
  ];
  const clusterings = [...new Map(c.clusters.map((t) => [t.clustering, t])).values()];
  if (clusterings.length) {
    blocks.push(
      { kind: 'heading', text: 'Группы организаций', level: 2 },
      { kind: 'bullets', items: clusterings.map((t) => `Группы ${clusteringInWords(t).name}: ${t.description}`) },
    );
  }
  if (c.rules.length) {
    blocks.push({ kind: 'heading', text: 'Правила выявления дефицитов и успешных практик', level: 2 }, { kind: 'bullets', items: c.rules });
  }
  return blocks;
}
