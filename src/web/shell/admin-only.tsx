import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from '../hooks/use-session.ts';

/** Renders children for administrators only, otherwise a «403» result. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (user.role !== 'admin') {
    return <Result status="403" title="Недостаточно прав" subTitle="Раздел доступен только администратору." />;
  }
  return <>{children}</>;
}
