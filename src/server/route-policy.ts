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
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

export const PUBLIC: RoutePolicy = { access: 'public' };
export const ANY_USER: RoutePolicy = { access: 'authenticated', roles: 'all' };
export const rolesOnly = (...roles: Role[]): RoutePolicy => ({ access: 'authenticated', roles });
export const writeRoles = (...roles: Role[]): RoutePolicy => ({ access: 'authenticated', roles, writes: true });
