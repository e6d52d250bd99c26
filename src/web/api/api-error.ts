/** Error returned by the СОКО API: `{code, message, details?}` with a Russian message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Russian text to show to the user for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'Сервер недоступен. Проверьте подключение и повторите попытку.';
  if (error instanceof Error && /[а-яё]/i.test(error.message)) return error.message;
  return 'Произошла непредвиденная ошибка. Повторите попытку позже.';
}
