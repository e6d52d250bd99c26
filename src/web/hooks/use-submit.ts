import { useState } from 'react';
import { errorMessage } from '../api/api-error.ts';

/**
 * The state of a form's submit: `run` calls the action, shows `saving` meanwhile, and keeps the
 * server's Russian message in `error` when it fails (the form stays as typed, to be corrected).
 */
export function useSubmit() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setSaving(true);
    setError(null);
    try {
      return await action();
    } catch (err) {
      setError(errorMessage(err));
      return undefined;
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, run, setError };
}
