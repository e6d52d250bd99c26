import type { Role } from '../domain/access/role.ts';

/**
 * Every route declares who may call it. The server refuses to serve a route without one,
 * and a test calls every route as every role against this declaration.
 */
export type RoutePolicy =
  | { access: 'public' }
  | {
      access: 'authenticated';
      roles: readonly Role[] | 'all';
      writes?: boolean;
      /** Served to a user who must change a password given by someone else (their own account only). */
      beforePasswordChange?: boolean;
    }
  /** The CLI on the server's own machine: the run's local token (server.json, 0600) in X-Soko-Local-Token; no session. */
  | { access: 'local' };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

export const PUBLIC: RoutePolicy = { access: 'public' };
export const LOCAL_ONLY: RoutePolicy = { access: 'local' };
export const ANY_USER: RoutePolicy = { access: 'authenticated', roles: 'all' };
export const rolesOnly = (...roles: Role[]): RoutePolicy => ({ access: 'authenticated', roles });
export const writeRoles = (...roles: Role[]): RoutePolicy => ({ access: 'authenticated', roles, writes: true });
