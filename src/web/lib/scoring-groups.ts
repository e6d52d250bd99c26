import type { SheetPosition } from '../api/scoring-api.ts';

export interface ComponentGroup<P> {
  code: string;
  name: string;
  positions: P[];
}

export interface DirectionGroup<P> {
  code: string;
  name: string;
  components: ComponentGroup<P>[];
  positions: P[];
}

type Grouped = Pick<SheetPosition, 'code' | 'component' | 'componentName' | 'directionCode' | 'directionName'>;

/** Positions by direction, then by cycle component, in catalogue order. */
export function groupPositions<P extends Grouped>(positions: readonly P[]): DirectionGroup<P>[] {
  const directions: DirectionGroup<P>[] = [];
  for (const p of positions) {
    let d = directions.find((x) => x.code === p.directionCode);
    if (!d) directions.push((d = { code: p.directionCode, name: p.directionName, components: [], positions: [] }));
    let c = d.components.find((x) => x.code === p.component);
    if (!c) d.components.push((c = { code: p.component, name: p.componentName, positions: [] }));
    c.positions.push(p);
    d.positions.push(p);
  }
  return directions;
}

/** The experts' points differ: still in dispute, or settled by an agreed score. */
export function isDisputed(p: Pick<SheetPosition, 'state' | 'spread'>): boolean {
  return p.state === 'disagreement' || p.spread > 0;
}

/** Only the disputed positions (directions and components left empty are dropped). */
export function onlyDisputed<P extends Grouped & Pick<SheetPosition, 'state' | 'spread'>>(
  groups: DirectionGroup<P>[],
): DirectionGroup<P>[] {
  return groups
    .map((d) => {
      const components = d.components
        .map((c) => ({ ...c, positions: c.positions.filter(isDisputed) }))
        .filter((c) => c.positions.length > 0);
      return { ...d, components, positions: components.flatMap((c) => c.positions) };
    })
    .filter((d) => d.positions.length > 0);
}

/** Counts of a direction's positions for its header. */
export function directionCounts(
  positions: readonly Pick<SheetPosition, 'code' | 'state' | 'spread'>[],
  scoredByMe: (code: string) => boolean,
): { total: number; mine: number; disagreements: number; agreed: number } {
  return {
    total: positions.length,
    mine: positions.filter((p) => scoredByMe(p.code)).length,
    disagreements: positions.filter((p) => p.state === 'disagreement').length,
    agreed: positions.filter((p) => p.state === 'agreed').length,
  };
}
