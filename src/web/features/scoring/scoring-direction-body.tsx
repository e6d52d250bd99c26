import { Typography } from 'antd';
import type { SheetPosition } from '../../api/scoring-api.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { EMPTY_DRAFT, type ScoreDrafts } from '../../lib/scoring-drafts.ts';
import type { DirectionGroup } from '../../lib/scoring-groups.ts';
import { ScoringPositionRow, type ScoringPositionRowProps } from './scoring-position-row.tsx';

/** What every row of the direction gets as it is; the rest is picked per position. */
type SharedRowProps = Omit<ScoringPositionRowProps, 'position' | 'draft' | 'changed' | 'issues'>;

interface ScoringDirectionBodyProps extends SharedRowProps {
  group: DirectionGroup<SheetPosition>;
  drafts: ScoreDrafts;
  changed: ReadonlySet<string>;
  issues: Map<string, string[]>;
}

/** A direction's positions under the sub-headers of their management-cycle components. */
export function ScoringDirectionBody(props: ScoringDirectionBodyProps) {
  const { group, drafts, changed, issues, ...rest } = props;
  return (
    <div data-testid="direction-body" data-direction={group.code}>
      {group.components.map((c) => (
        <section key={c.code} data-component={c.code} style={{ marginBottom: 8 }}>
          <Typography.Text
            strong
            style={{ display: 'block', padding: '4px 10px', background: '#f5f7fa', borderRadius: 4, fontSize: 13 }}
            data-testid="component-title"
          >
            {c.name}
            <span className="section-title-note">
              {c.positions.length} {pluralRu(c.positions.length, 'позиция', 'позиции', 'позиций')}
            </span>
          </Typography.Text>
          {c.positions.map((p) => (
            <ScoringPositionRow
              key={p.code}
              {...rest}
              position={p}
              draft={drafts[p.code] ?? EMPTY_DRAFT}
              changed={changed.has(p.code)}
              issues={issues.get(p.code)}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
