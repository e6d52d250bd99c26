import { describe, expect, it } from 'vitest';
import { clusteringInWords, clusterLabelInWords } from './clustering-words.ts';

const rows = [
  { label: 'кластер 1: средний балл направлений 80', members: 4, mean: 80 },
  { label: 'кластер 2: средний балл направлений 50', members: 3, mean: 50 },
  { label: 'нет балла по какому-либо направлению', members: 1, mean: null },
];

describe('clusterings in words', () => {
  it('names the results clustering by what it does, with the number of groups formed', () => {
    const words = clusteringInWords({ clustering: 'по результатам (k-means)', rows });
    expect(words.name).toBe('по сходству результатов');
    expect(words.sentence).toContain('разделены на 2 группы');
    expect(`${words.name} ${words.sentence}`).not.toMatch(/k-means|кластер/i);
  });

  it('names settlement and size groups, and keeps an unknown label as it is', () => {
    expect(clusteringInWords({ clustering: 'по типу поселения', rows }).sentence).toMatch(/^Городские и сельские/);
    expect(clusteringInWords({ clustering: 'по численности', rows }).name).toBe('по численности обучающихся');
    expect(clusteringInWords({ clustering: 'По местности', rows })).toEqual({ name: 'по местности', sentence: null });
  });

  it('calls a cluster a group', () => {
    expect(clusterLabelInWords('кластер 2: средний балл направлений 50')).toBe('группа 2: средний балл направлений 50');
    expect(clusterLabelInWords('городские')).toBe('городские');
  });
});
