import { Form } from 'antd';
import { useSubmit } from './use-submit.ts';

/**
 * A modal form that sends its values and hands the server's answer on: `save` runs `send` with
 * the submit state of `useSubmit` (saving, the Russian error) and calls `onSaved` when it succeeds.
 */
export function useFormSave<V, R>(send: (values: V) => Promise<R>, onSaved: (saved: R) => void) {
  const [form] = Form.useForm<V>();
  const { saving, error, run } = useSubmit();
  const save = async (values: V) => {
    const saved = await run(() => send(values));
    if (saved !== undefined) onSaved(saved);
  };
  return { form, saving, error, save };
}
