import type { ReactNode } from 'react';

interface RatingCellButtonProps {
  onClick: () => void;
  testId?: string;
  children: ReactNode;
}

/** A rating cell that opens its explanation («Как получено») on click. */
export function RatingCellButton({ onClick, testId, children }: RatingCellButtonProps) {
  return (
    <button type="button" className="rating-cell-button" title="Как получено" onClick={onClick} data-testid={testId}>
      {children}
    </button>
  );
}
