import { describe, expect, it } from 'vitest';
import { buildMechanismCatalogue, unequalMaximaCatalogue, unequalPoints } from '../../../test/fixtures/mechanism-index-fixture.ts';
import { computeMechanismIndex } from './mechanism-index.ts';
import type { MechanismIndex } from './mechanism-index.ts';

const direction = (r: MechanismIndex, code: string) => r.blocks.flatMap((b) => b.directions).find((d) => d.code === code);
const block = (r: MechanismIndex, code: string) => r.blocks.find((b) => b.code === code);
const position = (r: MechanismIndex, code: string) =>
  r.blocks.flatMap((b) => b.directions.flatMap((d) => d.components.flatMap((c) => c.positions))).find((p) => p.code === code);

describe('computeMechanismIndex: invalid primary points', () => {
  it.each<[string, number, string]>([
    ['above the maximum', 3, 'Позиция «D2.goals.1»: первичный балл 3 больше максимума 2.'],
    ['negative', -1, 'Позиция «D2.goals.1»: первичный балл -1 отрицателен (допустимо от 0 до 2).'],
    ['NaN', NaN, 'Позиция «D2.goals.1»: первичный балл должен быть конечным числом, получено NaN.'],
    ['Infinity', Infinity, 'Позиция «D2.goals.1»: первичный балл должен быть конечным числом, получено Infinity.'],
  ])('%s → invalid, the position named at every level above it', (_, points, reason) => {
    const r = computeMechanismIndex(unequalMaximaCatalogue(), { ...unequalPoints(), 'D2.goals.1': points }, { includeOptional: false });
    expect(position(r, 'D2.goals.1')?.points.value).toEqual({ kind: 'invalid', reason });
    const above = { kind: 'invalid', reason: 'Недопустимые первичные баллы у позиций: D2.goals.1.' };
    const d2 = direction(r, 'D2');
    expect([d2?.components[0]?.points.value, d2?.components[0]?.formation.value, d2?.points.value, d2?.index.value]).toEqual([
      above,
      above,
      above,
      above,
    ]);
    expect([block(r, 'B1')?.index.value, r.total.value, r.index.value]).toEqual([above, above, above]);
    expect(block(r, 'B1')?.meanDirectionIndex.value).toEqual({ kind: 'invalid', reason: 'Блок B1: индекс направлений D2 недопустим.' });
    // other directions are untouched: D1 3 / 4 = 75 %, B2 5 / 10 = 50 %
    expect(direction(r, 'D1')?.index.value).toEqual({ kind: 'ok', value: 75 });
    expect(block(r, 'B2')?.index.value).toEqual({ kind: 'ok', value: 50 });
    expect(r.completeness).toEqual({ total: 10, scored: 9, unscored: [], invalid: ['D2.goals.1'] });
  });

  it('invalid wins over unscored and the maximum itself is checked', () => {
    const catalogue = buildMechanismCatalogue([
      { block: 'B1', code: 'D1', positions: { 'D1.goals.1': 1, 'D1.goals.2': 0, 'D1.goals.3': 1 } },
    ]);
    const r = computeMechanismIndex(catalogue, { 'D1.goals.1': 1, 'D1.goals.2': 0 }, { includeOptional: false });
    expect(position(r, 'D1.goals.2')?.points.value).toEqual({
      kind: 'invalid',
      reason: 'Позиция «D1.goals.2»: максимум в каталоге должен быть положительным числом, указано 0.',
    });
    expect(r.index.value).toEqual({ kind: 'invalid', reason: 'Недопустимые первичные баллы у позиций: D1.goals.2.' });
    expect(r.completeness).toEqual({ total: 3, scored: 1, unscored: ['D1.goals.3'], invalid: ['D1.goals.2'] });
  });

  it('a direction without positions has points 0 and an invalid index (maximum 0)', () => {
    const catalogue = buildMechanismCatalogue([
      { block: 'B1', code: 'D1', positions: { 'D1.goals.1': 1 } },
      { block: 'B1', code: 'D2', positions: {} },
    ]);
    const r = computeMechanismIndex(catalogue, { 'D1.goals.1': 1 }, { includeOptional: false });
    expect(direction(r, 'D2')?.points.value).toEqual({ kind: 'ok', value: 0 });
    expect(direction(r, 'D2')?.index.value).toEqual({
      kind: 'invalid',
      reason: 'Направление D2: максимально возможный балл равен 0 (нет позиций оценивания), процент не вычисляется.',
    });
    expect(block(r, 'B1')?.index.value).toEqual({ kind: 'ok', value: 100 }); // (1 + 0) / (1 + 0)
    expect(block(r, 'B1')?.meanDirectionIndex.value.kind).toBe('invalid');
  });
});

describe('computeMechanismIndex: unscored positions', () => {
  const withHole = { ...unequalPoints(), 'D1.indicators.1': null };
  delete (withHole as Record<string, unknown>)['D1.goals.1']; // absent and null both mean «не оценена»

  it('by default: the component, direction, block and total are missing; completeness says what is left', () => {
    const r = computeMechanismIndex(unequalMaximaCatalogue(), withHole, { includeOptional: false });
    const reason = 'Не оценены позиции: D1.goals.1, D1.indicators.1 (оценено 2 из 4).';
    expect(position(r, 'D1.goals.1')?.points.value).toEqual({ kind: 'missing', reason: 'Позиция «D1.goals.1» не оценена экспертом.' });
    expect(direction(r, 'D1')?.index.value).toEqual({ kind: 'missing', reason });
    expect(direction(r, 'D1')?.completeness).toEqual({ total: 4, scored: 2, unscored: ['D1.goals.1', 'D1.indicators.1'], invalid: [] });
    expect(direction(r, 'D1')?.components.map((c) => c.formation.value.kind)).toEqual(['missing', 'missing', 'ok']); // monitoring 2 / 2
    expect(direction(r, 'D2')?.index.value).toEqual({ kind: 'ok', value: 200 / 3 }); // 8 / 12, unaffected
    expect(block(r, 'B1')?.index.value).toEqual({
      kind: 'missing',
      reason: 'Не оценены позиции: D1.goals.1, D1.indicators.1 (оценено 6 из 8).',
    });
    expect(block(r, 'B1')?.meanDirectionIndex.value).toEqual({ kind: 'missing', reason: 'Блок B1: нет индекса направлений D1.' });
    expect(r.index.value.kind).toBe('missing');
    expect(r.total.calculation).toBe('B1: — + B2: 5 = — из 26');
  });

  it('with unscoredAsZero: unscored count as 0, completeness still lists them', () => {
    const r = computeMechanismIndex(unequalMaximaCatalogue(), withHole, { includeOptional: false, unscoredAsZero: true });
    // D1 = 0 + 0 + 1 + 1 = 2 of 4 → 50 %; B1 = 2 + 8 = 10 of 16 → 62.5 %; total 10 + 5 = 15 of 26
    expect(direction(r, 'D1')?.index.value).toEqual({ kind: 'ok', value: 50 });
    expect(block(r, 'B1')?.index.value).toEqual({ kind: 'ok', value: 62.5 });
    expect(r.total.value).toEqual({ kind: 'ok', value: 15 });
    expect(position(r, 'D1.goals.1')?.points.calculation).toBe('не оценена — принято 0 из 1');
    expect(r.completeness).toEqual({ total: 10, scored: 8, unscored: ['D1.goals.1', 'D1.indicators.1'], invalid: [] });
  });

  it('an unscored optional direction matters only when included', () => {
    const points = { ...unequalPoints(), 'D9.goals.1': null };
    expect(computeMechanismIndex(unequalMaximaCatalogue(), points, { includeOptional: false }).index.value.kind).toBe('ok');
    expect(computeMechanismIndex(unequalMaximaCatalogue(), points, { includeOptional: true }).index.value).toEqual({
      kind: 'missing',
      reason: 'Не оценены позиции: D9.goals.1 (оценено 11 из 12).',
    });
  });

  it('points for codes that are not positions are listed and ignored', () => {
    const r = computeMechanismIndex(unequalMaximaCatalogue(), { ...unequalPoints(), 'D7.goals.1': 1 }, { includeOptional: false });
    expect(r.unknownPositions).toEqual(['D7.goals.1']);
    expect(r.total.value).toEqual({ kind: 'ok', value: 16 });
  });
});
