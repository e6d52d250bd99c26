/** Stable machine-readable error codes; the server maps each to one HTTP status. */
export type AppErrorCode =
  | 'validation_failed'
  | 'invalid_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'forbidden'
  | 'account_blocked'
  | 'password_change_required'
  | 'not_found'
  | 'route_not_found'
  | 'conflict'
  | 'already_exists'
  | 'version_conflict'
  | 'catalogue_unchanged'
  | 'round_closed'
  | 'demo_refused'
  | 'merge_refused'
  | 'org_closed'
  | 'period_closed'
  | 'results_not_computed'
  | 'import_invalid'
  | 'import_invalid_cell'
  | 'storage_unavailable'
  | 'internal_error';

export interface AppErrorDetail {
  /** Where: a field path such as "body.attributes.pupils". */
  path?: string;
  /** Where in an uploaded workbook: sheet name, 1-based row, column letter. */
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
  /** What kind of problem, where a caller branches on it: `formula_cycle` (indicators depend on each other in a circle). */
  code?: 'formula_cycle';
}

/** An expected failure with a Russian message that says what is wrong and how to fix it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} не найден(а). Проверьте идентификатор.`);

export const forbidden = (why = 'У вас нет прав на это действие.') => new AppError('forbidden', why);
