import { Result } from 'antd';
import type { ReactNode } from 'react';
import { USER_MANAGERS } from '../../domain/access/user-management.ts';
import { useSession } from '../hooks/use-session.ts';

/** Renders children for those who manage accounts (administrators, regional and municipal operators), otherwise a «403». */
export function UserManagersOnly({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!USER_MANAGERS.includes(user.role)) {
    return (
      <Result
        status="403"
        title="Недостаточно прав"
        subTitle="Раздел доступен администратору и операторам (в пределах своей территории)."
      />
    );
  }
  return <>{children}</>;
}
