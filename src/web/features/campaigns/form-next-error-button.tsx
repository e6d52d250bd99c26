import { ArrowDownOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { RefObject } from 'react';
import { nextErrorKey } from '../../lib/form-fields.ts';

/**
 * «К следующей ошибке»: focuses the next field with an error after the one last focused, in the
 * page's order, from the top again after the last, and scrolls it to the middle of the window.
 */
export function FormNextErrorButton({
  order,
  errors,
  lastField,
}: {
  order: readonly string[];
  errors: readonly string[];
  lastField: RefObject<string | null>;
}) {
  const go = () => {
    const key = nextErrorKey(order, errors, lastField.current);
    if (key === null) return;
    lastField.current = key;
    const input = document.querySelector<HTMLInputElement>(`[data-field="${CSS.escape(key)}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  };
  return (
    <Button size="small" icon={<ArrowDownOutlined />} onClick={go} data-testid="form-next-error">
      К следующей ошибке
    </Button>
  );
}
