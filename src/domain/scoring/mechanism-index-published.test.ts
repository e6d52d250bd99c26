// Reads the shipped catalogue files: the only Node API here, in a test, never in domain code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { validateCatalogue } from '../catalogue/validate-catalogue.ts';
import { pointsReaching } from '../../../test/fixtures/mechanism-index-fixture.ts';
import { computeMechanismIndex } from './mechanism-index.ts';
import type { ExplainedNumber } from './mechanism-index.ts';

// Issue #27 §1. Seed 004 (Спасск-Дальний, Введение) publishes the 2021 indices of the eight directions:
// «система оценки качества подготовки обучающихся (79%)», «система работы со школами с низкими результатами
// обучения и/или школами, функционирующими в неблагоприятных социальных условиях (86%)», «Самый низкий индекс
// имеет система выявления, поддержки и развития способностей и талантов у детей и молодежи – 35%», «система
// работы по самоопределению и профессиональной ориентации обучающихся (41%)»; «система мониторинга
// эффективности руководителей образовательных организаций (77%)», «система обеспечения профессионального
// развития педагогических работников (45%)», «Индекс системы организации воспитания обучающихся составил
// 57%», «система мониторинга качества дошкольного образования (92%)» — and the block averages «с 57% в 2020
// году до 60% в 2021 году» and «с 60% в 2020 году до 68% в 2021 году».
const PUBLISHED: Record<string, number> = { D1: 79, D2: 86, D3: 35, D4: 41, D5: 77, D6: 45, D7: 57, D8: 92 };
const PUBLISHED_BLOCKS: Record<string, number> = { B1: 60, B2: 68 };

function shipped(version: number): Catalogue {
  const file = `fioko-mechanisms.v${version}.yaml`;
  const text = readFileSync(new URL(`../../../catalogs/${file}`, import.meta.url), 'utf8');
  const checked = validateCatalogue(parse(text), file, new Map());
  if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('\n'));
  return checked.value;
}

const v1 = shipped(1);
const v2 = shipped(2);
const directionsOf = (c: Catalogue) => c.blocks.flatMap((b) => b.directions);
const valueOf = (n: ExplainedNumber) => (n.value.kind === 'ok' ? n.value.value : Number.NaN);

/** The direction's index (step 5) when the expert gives it `target` points and every other direction 0. */
function directionIndexAt(c: Catalogue, code: string, target: number): number {
  const all = directionsOf(c).flatMap((d) => d.positions ?? []);
  const own = directionsOf(c).find((d) => d.code === code)?.positions ?? [];
  const points = { ...Object.fromEntries(all.map((p) => [p.code, 0])), ...pointsReaching(own, target) };
  const r = computeMechanismIndex(c, points, { includeOptional: true });
  const d = r.blocks.flatMap((b) => b.directions).find((x) => x.code === code);
  if (!d) throw new Error(`no direction ${code}`);
  return valueOf(d.index);
}

/** The whole percentages an expert can reach in a direction, rounding as 004 prints them. */
function reachable(c: Catalogue, code: string): Set<number> {
  const d = directionsOf(c).find((x) => x.code === code);
  const max = (d?.positions ?? []).reduce((s, p) => s + p.maxPoints, 0);
  return new Set(Array.from({ length: max + 1 }, (_, points) => Math.round((points * 100) / max)));
}

describe('fioko-mechanisms v2: the indices seed 004 publishes can be reached (issue #27 §1)', () => {
  it('v1 could not: with 0/1 positions and maxima 42–51 only 35 % of the published indices was reachable', () => {
    const hit = Object.entries(PUBLISHED).filter(([code, p]) => reachable(v1, code).has(p));
    expect(hit).toEqual([['D3', 35]]);
    expect(v1.description).toMatch(/воспроизводятся лишь с точностью до округления/);
  });

  it('every direction, the optional ninth included, has a maximum of 100 points, so step 5 is the points themselves', () => {
    expect(directionsOf(v2).map((d) => [d.code, (d.positions ?? []).reduce((s, p) => s + p.maxPoints, 0)])).toEqual(
      ['D1', 'D2', 'D3', 'D4', 'D9', 'D5', 'D6', 'D7', 'D8'].map((c) => [c, 100]),
    );
    for (const p of directionsOf(v2).flatMap((d) => d.positions ?? [])) expect(Number.isInteger(p.maxPoints), p.code).toBe(true);
  });

  it.each(directionsOf(v2).map((d) => d.code))('direction %s: every whole percentage 0…100 is reached exactly', (code) => {
    for (let percent = 0; percent <= 100; percent++) expect(directionIndexAt(v2, code, percent), `${code} ${percent}`).toBe(percent);
  });

  it('the published figures: 79, 86, 35, 41 → 60 and 77, 45, 57, 92 → 68 (mean of the four direction indices)', () => {
    const points = Object.assign({}, ...directionsOf(v2).map((d) => pointsReaching(d.positions ?? [], PUBLISHED[d.code] ?? 0))) as Record<
      string,
      number
    >;
    const r = computeMechanismIndex(v2, points, { includeOptional: false });
    const directions = r.blocks.flatMap((b) => b.directions);
    expect(Object.fromEntries(directions.map((d) => [d.code, valueOf(d.index)]))).toEqual(PUBLISHED);
    // (79 + 86 + 35 + 41) / 4 = 60,25 → 60; (77 + 45 + 57 + 92) / 4 = 67,75 → 68
    expect(r.blocks.map((b) => [b.code, valueOf(b.meanDirectionIndex)])).toEqual([
      ['B1', 60.25],
      ['B2', 67.75],
    ]);
    expect(Object.fromEntries(r.blocks.map((b) => [b.code, Math.round(valueOf(b.meanDirectionIndex))]))).toEqual(PUBLISHED_BLOCKS);
    // Step 7 of seed 000 stays beside it; with equal maxima it gives the same: 241 / 400 and 271 / 400.
    expect(r.blocks.map((b) => [b.maxPoints, valueOf(b.index)])).toEqual([
      [400, 60.25],
      [400, 67.75],
    ]);
  });

  it('says where the positions come from and no longer claims the published indices are only approximate', () => {
    expect(v2.version).toBe(2);
    expect(v2.description).not.toMatch(/с точностью до округления/);
    expect(v2.description).toMatch(/от 20\.04\.2021 № 08-70/);
    expect(v2.description).toMatch(/Приложение 1/);
    expect(v2.precision).toBe(1); // 004 prints whole percentages
  });
});
