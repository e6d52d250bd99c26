import type { FastifyInstance } from 'fastify';
import { AppError } from '../app/app-error.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated writes only from this site's own pages: a browser sends `Origin` with
 * every cross-site POST, so a write whose Origin names another host is refused before any route
 * runs (CSRF defence beside the SameSite=Strict cookie). Programs that send no Origin (the CLI,
 * scripts) are not affected.
 */
export function installSameOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!WRITES.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host === null || host !== request.headers.host) {
      throw new AppError(
        'forbidden',
        `Запрос на изменение данных пришёл со стороннего сайта (${origin}) и отклонён. Работайте со СОКО с её собственных страниц.`,
      );
    }
  });
}

/** The Content-Security-Policy the UI works under: own scripts only, antd's inline styles, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
