import type { Block, Catalogue, CycleComponent } from '../catalogue/catalogue.ts';

/** The 9 management-cycle components of seed 000 §2, as in catalogs/fioko-mechanisms.v1.yaml. */
export const CYCLE_COMPONENTS: CycleComponent[] = [
  { code: 'goals', name: 'Цели', block: 'conceptual' },
  { code: 'indicators', name: 'Показатели', block: 'conceptual' },
  { code: 'methods', name: 'Методы сбора и обработки информации', block: 'conceptual' },
  { code: 'monitoring', name: 'Мониторинг показателей', block: 'process' },
  { code: 'analysis', name: 'Анализ результатов мониторинга', block: 'process' },
  { code: 'recommendations', name: 'Адресные рекомендации по результатам анализа', block: 'process' },
  { code: 'measures', name: 'Меры и мероприятия', block: 'management' },
  { code: 'decisions', name: 'Управленческие решения', block: 'management' },
  { code: 'effectiveness', name: 'Анализ эффективности принятых мер', block: 'management' },
];

/** A direction for a test catalogue: position code («D1.goals.1», component in the middle) → maxPoints. */
export interface FixtureDirection {
  block: string;
  code: string;
  optional?: boolean;
  positions: Record<string, number>;
}

/** A mechanisms catalogue built from a flat list of directions, for tests. */
export function buildMechanismCatalogue(directions: FixtureDirection[]): Catalogue {
  const blocks: Block[] = [];
  for (const d of directions) {
    let block = blocks.find((b) => b.code === d.block);
    if (!block) blocks.push((block = { code: d.block, name: `Блок ${d.block}`, directions: [] }));
    const positions = Object.entries(d.positions).map(([code, maxPoints]) => ({
      code,
      component: code.split('.')[1] ?? 'goals',
      name: `Позиция ${code}`,
      maxPoints,
      source: 'тест',
    }));
    block.directions.push({ code: d.code, name: `Направление ${d.code}`, optional: d.optional ?? false, positions });
  }
  return {
    code: 'test-mechanisms',
    version: 1,
    kind: 'mechanisms',
    name: 'Тест',
    validFrom: '2021-01-01',
    validTo: null,
    source: 'тест',
    components: CYCLE_COMPONENTS,
    blocks,
  };
}

/**
 * Unequal maxima: B1 = D1 (max 1+1+1+1 = 4) + D2 (max 2+2+4+4 = 12) + optional D9 (max 2+2 = 4); B2 = D3 (max 4+6 = 10).
 * With UNEQUAL_POINTS: D1 = 3, D2 = 8, D9 = 3, D3 = 5.
 */
export function unequalMaximaCatalogue(): Catalogue {
  return buildMechanismCatalogue([
    { block: 'B1', code: 'D1', positions: { 'D1.goals.1': 1, 'D1.indicators.1': 1, 'D1.monitoring.1': 1, 'D1.monitoring.2': 1 } },
    { block: 'B1', code: 'D2', positions: { 'D2.goals.1': 2, 'D2.goals.2': 2, 'D2.monitoring.1': 4, 'D2.measures.1': 4 } },
    { block: 'B1', code: 'D9', optional: true, positions: { 'D9.goals.1': 2, 'D9.measures.1': 2 } },
    { block: 'B2', code: 'D3', positions: { 'D3.goals.1': 4, 'D3.measures.1': 6 } },
  ]);
}

/** Points for unequalMaximaCatalogue(): D1 1+0+1+1 = 3, D2 2+2+2+2 = 8, D9 2+1 = 3, D3 1+4 = 5. */
export function unequalPoints(): Record<string, number | null> {
  return {
    'D1.goals.1': 1,
    'D1.indicators.1': 0,
    'D1.monitoring.1': 1,
    'D1.monitoring.2': 1,
    'D2.goals.1': 2,
    'D2.goals.2': 2,
    'D2.monitoring.1': 2,
    'D2.measures.1': 2,
    'D9.goals.1': 2,
    'D9.measures.1': 1,
    'D3.goals.1': 1,
    'D3.measures.1': 4,
  };
}

/**
 * Primary points that give a direction exactly `target` points, as an expert who confirms positions
 * one after another would: each position in catalogue order at its maximum until the target is
 * reached, the one that crosses it partly, the rest at 0. Throws when the target exceeds the maximum.
 */
export function pointsReaching(positions: readonly { code: string; maxPoints: number }[], target: number): Record<string, number> {
  let left = target;
  const points: Record<string, number> = {};
  for (const p of positions) {
    const given = Math.min(p.maxPoints, left);
    points[p.code] = given;
    left -= given;
  }
  if (left !== 0) throw new Error(`${target} points are more than the direction's maximum`);
  return points;
}
