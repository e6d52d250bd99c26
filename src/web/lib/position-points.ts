import type { Block, Catalogue, Direction } from '../api/types.ts';

/** Number of positions of evaluation and their maximum points. */
export interface PointsCell {
  positions: number;
  points: number;
}

export interface DirectionPoints {
  direction: Direction;
  /** By cycle component code. */
  cells: Record<string, PointsCell>;
  total: PointsCell;
}

export interface BlockPoints {
  block: Block;
  directions: DirectionPoints[];
  cells: Record<string, PointsCell>;
  total: PointsCell;
}

export interface PositionPoints {
  blocks: BlockPoints[];
  cells: Record<string, PointsCell>;
  total: PointsCell;
  /** By component and in total, without the optional directions. */
  requiredCells: Record<string, PointsCell>;
  requiredTotal: PointsCell;
}

const empty = (): PointsCell => ({ positions: 0, points: 0 });

function add(target: Record<string, PointsCell>, key: string, cell: PointsCell): void {
  const current = target[key] ?? empty();
  target[key] = { positions: current.positions + cell.positions, points: current.points + cell.points };
}

const plus = (a: PointsCell, b: PointsCell): PointsCell => ({ positions: a.positions + b.positions, points: a.points + b.points });

/** Maximum points of a mechanisms catalogue by direction × cycle component, with block and catalogue totals. */
export function positionPoints(catalogue: Catalogue): PositionPoints {
  const cells: Record<string, PointsCell> = {};
  const requiredCells: Record<string, PointsCell> = {};
  let total = empty();
  let requiredTotal = empty();
  const blocks = catalogue.blocks.map((block): BlockPoints => {
    const blockCells: Record<string, PointsCell> = {};
    let blockTotal = empty();
    const directions = block.directions.map((direction): DirectionPoints => {
      const directionCells: Record<string, PointsCell> = {};
      let directionTotal = empty();
      for (const position of direction.positions ?? []) {
        const cell = { positions: 1, points: position.maxPoints };
        add(directionCells, position.component, cell);
        add(blockCells, position.component, cell);
        add(cells, position.component, cell);
        if (!direction.optional) add(requiredCells, position.component, cell);
        directionTotal = plus(directionTotal, cell);
      }
      blockTotal = plus(blockTotal, directionTotal);
      if (!direction.optional) requiredTotal = plus(requiredTotal, directionTotal);
      return { direction, cells: directionCells, total: directionTotal };
    });
    total = plus(total, blockTotal);
    return { block, directions, cells: blockCells, total: blockTotal };
  });
  return { blocks, cells, total, requiredCells, requiredTotal };
}
