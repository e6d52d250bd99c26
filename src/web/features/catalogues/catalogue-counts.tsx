import type { CatalogueSummary } from '../../api/types.ts';
import { pluralRu } from '../../lib/plural-ru.ts';

const count = (n: number, one: string, few: string, many: string): string => `${n} ${pluralRu(n, one, few, many)}`;

/** «95 показателей» (or «400 позиций») and, below, the numbers of directions and blocks. */
export function CatalogueCounts({ summary }: { summary: CatalogueSummary }) {
  const { blocks, directions, indicators, positions } = summary.counts;
  const main =
    summary.kind === 'indicators'
      ? count(indicators, 'показатель', 'показателя', 'показателей')
      : count(positions, 'позиция', 'позиции', 'позиций');
  return (
    <div className="catalogue-counts">
      <div>{main}</div>
      <div className="muted">
        {count(directions, 'направление', 'направления', 'направлений')}, {count(blocks, 'блок', 'блока', 'блоков')}
      </div>
    </div>
  );
}
