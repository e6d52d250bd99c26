import { CYCLE_BLOCKS } from '../../../domain/catalogue/catalogue.ts';
import { CYCLE_BLOCK_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { CycleComponent } from '../../api/types.ts';
import { capitalize } from '../../lib/capitalize.ts';
import type { PointsCell } from '../../lib/position-points.ts';

interface CycleComponentsProps {
  components: CycleComponent[];
  /** Maximum points of each component over the whole catalogue. */
  points: Record<string, PointsCell>;
}

/** The nine management-cycle components in their three blocks. */
export function CycleComponents({ components, points }: CycleComponentsProps) {
  return (
    <div className="cycle-blocks" data-testid="cycle-components">
      {CYCLE_BLOCKS.map((block) => (
        <div key={block} className="cycle-block">
          <div className="cycle-block-title">{capitalize(CYCLE_BLOCK_LABELS[block])} блок</div>
          <ol className="cycle-block-list">
            {components
              .filter((c) => c.block === block)
              .map((c, i) => (
                <li key={c.code}>
                  <span className="cycle-number">{i + 1}.</span>
                  <span className="cycle-name">{c.name}</span>
                  <span className="muted cycle-points">{points[c.code]?.points ?? 0}</span>
                </li>
              ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
