import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { resolveSession } from '../app/auth.ts';
import type { Me } from '../app/me.ts';
import type { Database } from '../db/schema.ts';
import { checkLocalCaller } from './local-caller.ts';

export const SESSION_COOKIE = 'soko_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    me: Me | null;
  }
}

/**
 * Resolves the session cookie and enforces the route's declared policy before anything else
 * runs. A route that declares no policy is refused (fail closed).
 */
export function installAuthHook(app: FastifyInstance, db: Kysely<Database>, localToken: string | null = null): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('me', null);
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const policy = request.routeOptions.config.policy;
    if (!policy) {
      request.log.error({ url: request.routeOptions.url }, 'route without access policy');
      throw new AppError('forbidden', 'Доступ к этому адресу не настроен.');
    }
    if (policy.access === 'local') {
      checkLocalCaller(request, localToken);
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(db, token);
      if (session) {
        request.actor = session.actor;
        request.me = session.me;
      }
    }
    if (policy.access === 'public') return;
    if (policy.access !== 'authenticated') throw new AppError('forbidden', 'Доступ к этому адресу не настроен.');
    if (!request.actor) throw new AppError('unauthenticated', 'Сессия не найдена или истекла: войдите в систему заново.');
    if (policy.roles !== 'all' && !policy.roles.includes(request.actor.role)) {
      throw new AppError('forbidden', 'Ваша роль не позволяет выполнять это действие.');
    }
    if (request.me?.mustChangePassword && !policy.beforePasswordChange) {
      throw new AppError(
        'password_change_required',
        'Пароль выдан вам администратором или оператором и действует один раз: смените его (POST /api/auth/password), прежде чем продолжать работу.',
      );
    }
  });
}
