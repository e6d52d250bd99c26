import { Button, Result } from 'antd';
import { ApiError, errorMessage } from '../../api/api-error.ts';

/** Result screen for a failed GET /api/orgs/:id (403, 404 or other). */
export function OrgLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 403) {
    return <Result status="403" title="Нет доступа" subTitle={errorMessage(error)} />;
  }
  if (status === 404) {
    return <Result status="404" title="Организация не найдена" subTitle={errorMessage(error)} />;
  }
  return (
    <Result
      status="error"
      title="Не удалось загрузить организацию"
      subTitle={errorMessage(error)}
      extra={<Button onClick={onRetry}>Повторить</Button>}
    />
  );
}
