import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../app/app-error.ts';

/** Longest file name kept from an upload's header; the rest is cut. */
const MAX_FILE_NAME = 200;

/**
 * A percent-encoded request header (the browser sends `encodeURIComponent(name)`, since a header
 * is ASCII only), decoded; null when absent. Malformed encoding is the caller's mistake: a 400
 * that names the header.
 */
export function decodedHeader(headers: IncomingHttpHeaders, name: string): string | null {
  const raw = headers[name];
  if (typeof raw !== 'string') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AppError(
      'validation_failed',
      `Значение заголовка ${name} закодировано неверно: передайте его через encodeURIComponent (например, «%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB.pdf»).`,
      [{ path: `headers.${name}`, message: 'неверная процентная кодировка' }],
    );
  }
}

/** The uploaded file's name from `x-file-name` (decoded, at most 200 characters); null when absent. */
export function fileNameHeader(headers: IncomingHttpHeaders): string | null {
  return decodedHeader(headers, 'x-file-name')?.slice(0, MAX_FILE_NAME) ?? null;
}
