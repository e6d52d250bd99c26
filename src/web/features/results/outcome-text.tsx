import { Tooltip } from 'antd';
import type { Outcome } from '../../api/types.ts';
import { formatNumber } from '../../lib/format-number.ts';

interface OutcomeTextProps {
  outcome: Outcome | undefined;
  unit?: string;
}

/** A computed number with a decimal comma, or «нет данных» / «не рассчитан» in grey with the reason in a tooltip. */
export function OutcomeText({ outcome, unit }: OutcomeTextProps) {
  if (!outcome) return <span className="muted">нет данных</span>;
  if (outcome.kind === 'ok') {
    return (
      <span className="rating-number">
        {formatNumber(outcome.value)}
        {unit ? <span className="rating-unit"> {unit}</span> : null}
      </span>
    );
  }
  return (
    <Tooltip title={outcome.reason}>
      <span className="muted rating-gap" data-testid="rating-gap">
        {outcome.kind === 'missing' ? 'нет данных' : 'не рассчитан'}
      </span>
    </Tooltip>
  );
}
