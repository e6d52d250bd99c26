import { Alert, Button } from 'antd';
import { errorMessage } from '../api/api-error.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** Shows an API error's Russian message, optionally with a retry button. */
export function ErrorAlert({ error, title = 'Не удалось загрузить данные', onRetry }: ErrorAlertProps) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            Повторить
          </Button>
        ) : undefined
      }
      data-testid="error-alert"
    />
  );
}
