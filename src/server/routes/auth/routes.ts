import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../../app/app-error.ts';
import { login, logout, SESSION_TTL_MS } from '../../../app/auth.ts';
import type { Database } from '../../../db/schema.ts';
import { SESSION_COOKIE } from '../../auth-hook.ts';
import { changeOwnPassword, logOutOtherSessions } from '../../../app/account.ts';
import { PUBLIC, type RoutePolicy } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { changePasswordSchema, endOtherSessionsSchema, loginSchema, logoutSchema, meRouteSchema } from './schema.ts';
import type { ChangePasswordBody, LoggedOut, LoginBody, SessionsEnded, SignedInUser } from '../../../api/auth.ts';

/** Every signed-in user manages their own account. */
const OWN_ACCOUNT: RoutePolicy = { access: 'authenticated', roles: 'all', writes: true, beforePasswordChange: true };
const WHO_AM_I: RoutePolicy = { access: 'authenticated', roles: 'all', beforePasswordChange: true };

export function authRoutes(app: FastifyInstance, db: Kysely<Database>, secureCookies: boolean): void {
  app.post<{ Body: LoginBody; Reply: SignedInUser }>(
    '/api/auth/login',
    { config: { policy: PUBLIC }, schema: loginSchema },
    async (request, reply) => {
      const { token, user } = await login(db, request.body.login, request.body.password, request.id, request.ip);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        path: '/',
        maxAge: SESSION_TTL_MS / 1000,
      });
      return { user };
    },
  );

  app.post<{ Reply: LoggedOut }>('/api/auth/logout', { config: { policy: PUBLIC }, schema: logoutSchema }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logout(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post<{ Body: ChangePasswordBody; Reply: SessionsEnded }>(
    '/api/auth/password',
    { config: { policy: OWN_ACCOUNT }, schema: changePasswordSchema },
    async (request) => changeOwnPassword(contextOf(request, db), request.cookies[SESSION_COOKIE] ?? '', request.body, request.ip),
  );

  app.post<{ Reply: SessionsEnded }>(
    '/api/auth/sessions/end-others',
    { config: { policy: OWN_ACCOUNT }, schema: endOtherSessionsSchema },
    async (request) => logOutOtherSessions(contextOf(request, db), request.cookies[SESSION_COOKIE] ?? ''),
  );

  app.get<{ Reply: SignedInUser }>('/api/auth/me', { config: { policy: WHO_AM_I }, schema: meRouteSchema }, async (request) => {
    if (!request.me) throw new AppError('unauthenticated', 'Войдите в систему.');
    return { user: request.me };
  });
}
