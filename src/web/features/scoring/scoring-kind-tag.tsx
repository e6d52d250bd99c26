import { Tag } from 'antd';
import { ROUND_KIND_LABELS } from '../../lib/scoring-labels.ts';

/** «экспертная» (blue) or «самооценка» (purple). */
export function ScoringKindTag({ kind }: { kind: 'expert' | 'self' }) {
  return (
    <Tag color={kind === 'expert' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }} data-testid="round-kind">
      {ROUND_KIND_LABELS[kind]}
    </Tag>
  );
}
