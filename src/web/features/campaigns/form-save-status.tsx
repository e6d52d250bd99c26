import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { savedAtLabel } from '../../lib/form-fields.ts';

/** Where the draft's autosave is. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; message: string }
  | { status: 'conflict'; message: string };

/** «Сохранение…», «Черновик сохранён в 14:05» or why the draft was not saved (with «Повторить»). */
export function FormSaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  let body: ReactNode = null;
  switch (state.status) {
    case 'idle':
    case 'conflict':
      return null;
    case 'pending':
      body = <Typography.Text type="secondary">Есть несохранённые изменения…</Typography.Text>;
      break;
    case 'saving':
      body = (
        <Typography.Text type="secondary">
          <LoadingOutlined /> Сохранение…
        </Typography.Text>
      );
      break;
    case 'saved':
      body = (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {savedAtLabel(state.at)}
        </Typography.Text>
      );
      break;
    case 'error':
      body = (
        <Typography.Text type="danger">
          <ExclamationCircleOutlined /> Черновик не сохранён: {state.message}{' '}
          <Button size="small" type="link" onClick={onRetry}>
            Повторить
          </Button>
        </Typography.Text>
      );
      break;
  }
  return (
    <span data-testid="form-save-status" data-status={state.status} style={{ fontSize: 13 }}>
      {body}
    </span>
  );
}
