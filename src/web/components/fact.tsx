import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** One fact of a page header: «Период: 2024/2025» with the label in grey. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <span data-testid={testId}>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {children}
    </span>
  );
}
