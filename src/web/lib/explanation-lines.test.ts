import { describe, expect, it } from 'vitest';
import { explanationLines, type ExplanationNames } from './explanation-lines.ts';

const names: ExplanationNames = {
  objects: new Map([['12', 'МБОУ «СОШ № 1»']]),
  directions: new Map([
    ['D1', 'Качество подготовки'],
    ['D2', 'Профориентация'],
  ]),
  indicators: new Map([
    ['K1', 'Доля отличников'],
    ['K2', 'Доля призёров'],
  ]),
};

describe('explanationLines', () => {
  it('says a summary over directions in words, rounded as the score is shown, the codes and full number in the detail', () => {
    const lines = explanationLines(
      'среднее баллов направлений (D1, D2) = 40.945412; полнота 2 из 2; место 3 по баллу 40.95 (округление до 0.01); зона: 40.95: в диапазоне 30–50 → Желтая зона',
      names,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'среднее баллов 2 направлений = 40,95',
      'полнота 2 из 2',
      'место 3 по баллу 40,95 (округление до 0,01)',
      'зона: 40,95: в диапазоне 30–50 → Желтая зона',
    ]);
    expect(lines[0]?.detail).toBe('Направления: D1. Качество подготовки; D2. Профориентация. Без округления: 40,945412.');
    expect(lines.map((l) => l.text).join(' ')).not.toMatch(/D\d/);
  });

  it('counts indicators, names the ones not presented, and leaves other clauses as the engine wrote them', () => {
    const [mean, completeness] = explanationLines(
      'среднее баллов показателей (K1, K2) = 37.5 (K2: показатель не представлен — 0 баллов; делитель — все 2); полнота 1 из 2',
      names,
    );
    expect(mean?.text).toBe(
      'среднее баллов 2 показателей = 37,5 («Доля призёров»: показатель не представлен — 0 баллов; делитель — все 2)',
    );
    expect(mean?.detail).toContain('K1. Доля отличников; K2. Доля призёров');
    expect(completeness).toEqual({ text: 'полнота 1 из 2' });
    expect(explanationLines('среднее баллов всех показателей (K1) = 80', names)[0]?.text).toBe('среднее баллов всех 1 показателя = 80');
    expect(explanationLines('лучшее 90.29126 у «12» среди 14', names)).toEqual([{ text: 'лучшее 90,2913 у МБОУ «СОШ № 1» среди 14' }]);
  });
});
