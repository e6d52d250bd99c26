import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { POLARITY_LABELS } from '../../domain/catalogue/catalogue-labels.ts';
import type { Indicator } from '../api/types.ts';

const ICONS: Record<Indicator['polarity'], ReactNode> = {
  higher_better: <ArrowUpOutlined className="polarity-up" />,
  lower_better: <ArrowDownOutlined className="polarity-down" />,
  context: <MinusOutlined className="muted" />,
};

/** An arrow and «чем больше, тем лучше» / «чем меньше, тем лучше» / «контекстный». */
export function PolarityLabel({ polarity }: { polarity: Indicator['polarity'] }) {
  return (
    <span className="polarity-label">
      {ICONS[polarity]}
      <span>{POLARITY_LABELS[polarity]}</span>
    </span>
  );
}
