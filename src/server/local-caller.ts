import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../app/app-error.ts';

export const LOCAL_TOKEN_HEADER = 'x-soko-local-token';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * A local-only route's caller: the `soko` CLI on this machine, which read the token of this
 * server run from server.json in the private data directory. Refused (403) without that token
 * (compared in constant time), from another machine, or when the server was started without one.
 */
export function checkLocalCaller(request: FastifyRequest, localToken: string | null): void {
  const given = request.headers[LOCAL_TOKEN_HEADER];
  const socket = request.raw.socket;
  const sameMachine =
    socket.remoteAddress !== undefined && (LOOPBACK.test(socket.remoteAddress) || socket.remoteAddress === socket.localAddress);
  const valid = localToken !== null && typeof given === 'string' && timingSafeEqual(digest(given), digest(localToken));
  if (!valid || !sameMachine) {
    throw new AppError(
      'forbidden',
      'Этот адрес только для команды soko на компьютере сервера: она берёт ключ текущего запуска из файла server.json в каталоге данных.',
    );
  }
}
