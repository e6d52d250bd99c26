import { ReloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { ratingsApi } from '../../api/ratings-api.ts';
import type { RatingScope } from '../../api/ratings-api.ts';

interface RecomputeButtonProps {
  scope: RatingScope;
  onDone: () => void;
  primary?: boolean;
}

/** «Пересчитать»: recomputes values and ratings of the catalogue and period (admin, regional operator). */
export function RecomputeButton({ scope, onDone, primary }: RecomputeButtonProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const report = await ratingsApi.compute(scope);
      void message.success(`Пересчитано: показателей ${report.indicators}, значений ${report.values}, рейтингов ${report.comparisons}`);
      onDone();
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      type={primary ? 'primary' : 'default'}
      icon={<ReloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid="recompute-button"
    >
      {busy ? 'Пересчёт…' : 'Пересчитать'}
    </Button>
  );
}
