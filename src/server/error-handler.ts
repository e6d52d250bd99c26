import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type AppErrorCode, type AppErrorDetail } from '../app/app-error.ts';
import { storageFailure } from '../app/storage-failure.ts';
import { describeAjvError, summariseValidation } from '../domain/validation/describe-ajv-error.ts';

/** The one place where error codes become HTTP statuses. */
export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  too_many_attempts: 429,
  forbidden: 403,
  account_blocked: 403,
  password_change_required: 403,
  not_found: 404,
  route_not_found: 404,
  conflict: 409,
  already_exists: 409,
  version_conflict: 409,
  catalogue_unchanged: 409,
  round_closed: 409,
  demo_refused: 409,
  merge_refused: 409,
  org_closed: 409,
  period_closed: 409,
  results_not_computed: 409,
  import_invalid: 400,
  import_invalid_cell: 400,
  storage_unavailable: 503,
  internal_error: 500,
};

export interface ErrorBody {
  code: AppErrorCode;
  message: string;
  details?: AppErrorDetail[];
  requestId?: string;
}

/** Fastify's own errors for the caller's mistakes, in our codes and words. */
function fromFastify(error: FastifyError, bodyLimit?: number): AppError | null {
  if (error.validation) {
    const part = error.validationContext ?? 'body';
    const details = error.validation.map((e) => describeAjvError(e as Parameters<typeof describeAjvError>[0], part));
    return new AppError('validation_failed', summariseValidation(details), details);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_json', 'Тело запроса — не корректный JSON. Проверьте кавычки, запятые и скобки.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        'payload_too_large',
        `Запрос слишком большой (более ${megabytes(bodyLimit ?? 1024 * 1024)} МБ). Уменьшите объём данных или загрузите их файлом.`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Неподдерживаемый тип содержимого: отправляйте JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('invalid_json', 'Длина тела запроса не совпадает с заголовком Content-Length.');
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && error.code?.startsWith('FST_ERR'))) {
    return new AppError('invalid_json', 'Запрос составлен неверно: проверьте JSON и параметры.');
  }
  // Any other refusal of a plugin (the file server: a range beyond the file, a NUL in a name)
  // is still the caller's, not the server's.
  const status = error.statusCode ?? (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) return byStatus(status);
  return null;
}

/** A body limit in megabytes as a Russian reader writes it: «1», «10», «0,5». */
function megabytes(bytes: number): string {
  return (Math.round((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('ru-RU');
}

function byStatus(status: number): AppError {
  switch (status) {
    case 404:
      return new AppError('route_not_found', 'Адрес не найден: проверьте его написание.');
    case 413:
      return new AppError('payload_too_large', 'Запрос слишком большой: уменьшите объём данных.');
    case 415:
      return new AppError('unsupported_media_type', 'Неподдерживаемый тип содержимого: проверьте заголовок Content-Type.');
    case 416:
      return new AppError('validation_failed', 'Запрошенная часть файла (заголовок Range) лежит за его пределами: запросите файл целиком.');
    default:
      return new AppError('validation_failed', 'Запрос составлен неверно: проверьте адрес, заголовки и тело запроса.');
  }
}

/**
 * The router's refusals before any route runs (Fastify's `frameworkErrors`), which it would
 * otherwise answer in its own English shape.
 */
export function fromRouter(error: FastifyError): AppError {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return new AppError(
        'validation_failed',
        'Адрес запроса закодирован неверно: после знака «%» должны идти две шестнадцатеричные цифры. Кодируйте части адреса через encodeURIComponent (знак «%» — это «%25»).',
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('validation_failed', 'Параметр в адресе запроса слишком длинный (более 100 знаков): проверьте адрес.');
    default:
      return new AppError('validation_failed', 'Адрес запроса не разобран: проверьте его написание.');
  }
}

export function sendError(reply: FastifyReply, error: AppError, requestId?: string): FastifyReply {
  const body: ErrorBody = { code: error.code, message: error.message };
  if (error.details.length > 0) body.details = error.details;
  if (requestId) body.requestId = requestId;
  return reply.status(STATUS_BY_CODE[error.code]).type('application/json; charset=utf-8').send(body);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) return sendError(reply, error);
    const known = fromFastify(error, request.routeOptions?.bodyLimit);
    if (known) return sendError(reply, known);
    const database = storageFailure(error);
    if (database) {
      request.log.error({ err: error, reqId: request.id }, 'database unavailable');
      return sendError(reply, database, request.id);
    }
    request.log.error({ err: error, reqId: request.id }, 'unexpected error');
    return sendError(
      reply,
      new AppError('internal_error', `Внутренняя ошибка сервера. Сообщите администратору номер запроса ${request.id}.`),
      request.id,
    );
  });
}
