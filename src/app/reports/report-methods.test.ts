import { describe, expect, it } from 'vitest';
import type { ReportClusterTable, ReportContent } from '../../domain/report/report-content.ts';
import { CLUSTERING_LABELS } from '../results/comparison-clusters.ts';
import type { DocBlock } from './report-document.ts';
import { clusterBlocks, METHODS_APPENDIX, methodsAppendix } from './report-methods.ts';

const kmeans: ReportClusterTable = {
  comparison: 'Школы',
  clustering: CLUSTERING_LABELS.kmeans,
  description:
    'k-means, k = 3, по баллам направлений рейтинга (D1, D2): баллы приведены к z-оценкам, начальные центры — k-means++ с постоянным зерном',
  direction: null,
  rows: [
    { label: 'кластер 1: средний балл направлений 80', members: 4, mean: 80.5 },
    { label: 'кластер 2: средний балл направлений 60', members: 6, mean: 60 },
    { label: 'кластер 3: средний балл направлений 40', members: 5, mean: 40.25 },
    { label: 'нет балла по какому-либо направлению', members: 1, mean: null },
  ],
};
const settlement: ReportClusterTable = {
  ...kmeans,
  clustering: CLUSTERING_LABELS.settlement,
  description: 'Городские и сельские — по реестру.',
};
const codes = Array.from({ length: 19 }, (_, i) => `D1.${String(i + 1).padStart(2, '0')}`);
// Only what these blocks read of a report's content.
const content = {
  directions: [
    { code: 'D1', name: 'Олимпиады', indicators: codes },
    { code: 'D2', name: 'Профориентация', indicators: ['D2.01', 'D2.02'] },
  ],
  indicators: [...codes, 'D2.01', 'D2.02'].map((code) => ({ code, name: `Показатель ${code}` })),
  clusters: [settlement, kmeans],
  rules: ['Дефицит — значение ниже медианы на 20 % размаха (max − min).'],
} as unknown as ReportContent;

const words = (blocks: DocBlock[]) =>
  blocks
    .flatMap((b) =>
      b.kind === 'paragraph' || b.kind === 'heading'
        ? [b.text]
        : b.kind === 'bullets'
          ? b.items
          : b.kind === 'table'
            ? [b.caption, ...b.header, ...b.rows.flat()]
            : [],
    )
    .join('\n');

describe('a report for decision makers', () => {
  it('says how the groups were formed in words, with no algorithm named', () => {
    const body = words(clusterBlocks(content));
    expect(body).toContain('Городские и сельские организации рассмотрены отдельно');
    expect(body).toContain('разделены на 3 группы так, что в одну группу попали организации с похожими баллами');
    expect(body).toContain('Школы: группы по сходству результатов');
    expect(body).toContain('группа 1: средний балл направлений 80');
    expect(body).toContain('80,5');
    expect(body).not.toMatch(/k-means|z-оценк|зерн|кластер/i);
  });

  it('puts the codes, the algorithms and the rules into «Приложение. Методика расчёта»', () => {
    const blocks = methodsAppendix(content);
    expect(blocks[0]).toEqual({ kind: 'heading', text: METHODS_APPENDIX, level: 1 });
    const appendix = words(blocks);
    for (const code of codes) expect(appendix).toContain(code);
    expect(appendix).toContain('Показатель D1.19');
    expect(appendix).toContain('k-means++ с постоянным зерном');
    expect(appendix).toContain('Дефицит — значение ниже медианы');
  });
});
