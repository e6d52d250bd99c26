import type { Block, Catalogue, Direction, Position } from '../catalogue/catalogue.ts';
import { meanOfIndices, percentOfMax, sumPoints } from './mechanism-aggregate.ts';
import type {
  BlockScore,
  ComponentScore,
  DirectionScore,
  MechanismIndex,
  MechanismIndexOptions,
  PrimaryPoints,
} from './mechanism-index-types.ts';
import { scoreMechanismPosition } from './score-mechanism-position.ts';

export type * from './mechanism-index-types.ts';

/** Components of a direction in the catalogue's component order, then any others in order of appearance. */
function groupByComponent(catalogue: Catalogue, positions: readonly Position[]): [string, Position[]][] {
  const order = (catalogue.components ?? []).map((c) => c.code);
  const groups = new Map<string, Position[]>(order.map((c) => [c, []]));
  for (const p of positions) groups.set(p.component, [...(groups.get(p.component) ?? []), p]);
  return [...groups].filter(([, list]) => list.length > 0);
}

function scoreComponent(catalogue: Catalogue, direction: Direction, code: string, positions: Position[], ctx: Ctx): ComponentScore {
  const scored = positions.map((p) => scoreMechanismPosition(p, ctx.points, ctx.options));
  const component = catalogue.components?.find((c) => c.code === code);
  const sum = sumPoints(2, scored);
  const node = { code, ...sum };
  const formation = percentOfMax(3, node, `Компонент «${code}» направления ${direction.code}`);
  return { ...node, name: component?.name ?? code, cycleBlock: component?.block ?? null, positions: scored, formation };
}

function scoreDirection(catalogue: Catalogue, direction: Direction, ctx: Ctx): DirectionScore {
  const groups = groupByComponent(catalogue, direction.positions ?? []);
  const components = groups.map(([code, list]) => scoreComponent(catalogue, direction, code, list, ctx));
  const node = { code: direction.code, ...sumPoints(4, components) };
  const index = percentOfMax(5, node, `Направление ${direction.code}`);
  return { ...node, name: direction.name, optional: direction.optional === true, components, index };
}

function scoreBlock(catalogue: Catalogue, block: Block, ctx: Ctx): BlockScore {
  const included = block.directions.filter((d) => d.optional !== true || ctx.options.includeOptional);
  const excludedDirections = block.directions.filter((d) => !included.includes(d)).map((d) => d.code);
  const directions = included.map((d) => scoreDirection(catalogue, d, ctx));
  const node = { code: block.code, ...sumPoints(6, directions) };
  const index = percentOfMax(7, node, `Блок ${block.code}`);
  const meanDirectionIndex = meanOfIndices(directions, `Блок ${block.code}`);
  return { ...node, name: block.name, directions, excludedDirections, index, meanDirectionIndex };
}

interface Ctx {
  points: PrimaryPoints;
  options: MechanismIndexOptions;
}

/**
 * The 9-step index of management mechanisms (seed 000 §2) from an expert's primary points per position.
 * Unscored positions make every sum above them `missing` (unless `unscoredAsZero`); out-of-range points make them
 * `invalid`, naming the positions. Values are unrounded percentages; rounding is the presentation's business.
 */
export function computeMechanismIndex(catalogue: Catalogue, points: PrimaryPoints, options: MechanismIndexOptions): MechanismIndex {
  const ctx: Ctx = { points, options };
  const blocks = catalogue.blocks.map((b) => scoreBlock(catalogue, b, ctx));
  const { maxPoints, completeness, points: total } = sumPoints(8, blocks);
  const index = percentOfMax(9, { code: catalogue.code, maxPoints, points: total }, 'Итог');
  const known = new Set(catalogue.blocks.flatMap((b) => b.directions.flatMap((d) => (d.positions ?? []).map((p) => p.code))));
  const unknownPositions = Object.keys(points).filter((code) => !known.has(code));
  return { maxPoints, completeness, blocks, total, index, unknownPositions };
}
