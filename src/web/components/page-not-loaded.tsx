import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';
import { ErrorAlert } from './error-alert.tsx';
import { ResultHeading } from './result-heading.tsx';

interface Unavailable {
  /** The title for 403 (no access) and for 404 (not found). */
  forbidden: string;
  notFound: string;
  /** The link back to the list. */
  back: ReactNode;
  testId: string;
}

interface PageNotLoadedProps {
  error: unknown;
  loading: boolean;
  onRetry: () => void;
  /** How 403 and 404 are told, with the server's message; without it they are errors like any other. */
  unavailable?: Unavailable;
}

/** A page whose data has not come: a spinner while it loads, the error with a retry, or «no access» / «not found» with a link back. */
export function PageNotLoaded({ error, loading, onRetry, unavailable }: PageNotLoadedProps) {
  if (unavailable && error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    const forbidden = error.status === 403;
    return (
      <div className="panel page-panel">
        <Result
          status={forbidden ? '403' : '404'}
          title={<ResultHeading>{forbidden ? unavailable.forbidden : unavailable.notFound}</ResultHeading>}
          subTitle={error.message}
          extra={unavailable.back}
          data-testid={unavailable.testId}
        />
      </div>
    );
  }
  return (
    <div className="panel page-panel">
      {error ? <ErrorAlert error={error} onRetry={onRetry} /> : null}
      {loading ? <Spin className="page-spin" size="large" /> : null}
    </div>
  );
}
