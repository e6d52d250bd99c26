import { Tooltip } from 'antd';
import type { IndexNumber } from '../../api/scoring-api.ts';
import { explainedText, type ExplainTarget } from '../../lib/scoring-explain.ts';

interface ScoringIndexButtonProps {
  number: IndexNumber;
  unit: ExplainTarget['unit'];
  /** Opens the explanation of the number. */
  onExplain: () => void;
  testId?: string;
  strong?: boolean;
}

/** A number of the index that opens «Как получено» on click; «не рассчитан» (with the reason on hover) when missing. */
export function ScoringIndexButton({ number, unit, onExplain, testId, strong }: ScoringIndexButtonProps) {
  const text = explainedText(number, unit);
  const body =
    text === null ? (
      <Tooltip title={number.reason}>
        <span className="muted rating-gap">не рассчитан</span>
      </Tooltip>
    ) : (
      <span className="rating-number" style={strong ? { fontWeight: 600 } : undefined}>
        {text}
      </span>
    );
  return (
    <button
      type="button"
      className="rating-cell-button"
      title="Как получено"
      onClick={onExplain}
      data-testid={testId}
      data-value={number.value ?? ''}
    >
      {body}
    </button>
  );
}
