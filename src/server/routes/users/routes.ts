import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { unlockUser } from '../../../app/unlock-user.ts';
import { blockUser, changeUserAccess, resetPassword, unblockUser } from '../../../app/user-life.ts';
import { createUser, listUsers } from '../../../app/users.ts';
import { accountGroups, createAccountsForOrgs, previewAccountsForOrgs } from '../../../app/users/accounts-for-orgs.ts';
import { credentialsWorkbook } from '../../../app/users/credentials-workbook.ts';
import { USER_MANAGERS } from '../../../domain/access/user-management.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { rolesOnly, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { XLSX_TYPE } from '../catalogues/routes.ts';
import {
  blockUserSchema,
  changeAccessSchema,
  createOrgAccountsSchema,
  createUserSchema,
  listUsersSchema,
  previewOrgAccountsSchema,
  resetPasswordSchema,
  unblockUserSchema,
  unlockUserSchema,
} from './schema.ts';
import type { IdParams } from '../../../api/common.ts';
import type {
  AccessChange,
  NewPassword,
  NewUser,
  OrgAccountsPreview,
  OrgSelection,
  UserAccess,
  UserBlocked,
  UserFilter,
  UserList,
  UserOne,
  UserUnblocked,
  UserUnlocked,
} from '../../../api/users.ts';

/**
 * The users page. Administrators manage every account; regional and municipal operators manage
 * the accounts of their territory below their own role (see domain/access/user-management.ts,
 * checked in every use case).
 */
export function userRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const managers = rolesOnly(...USER_MANAGERS);
  const managerWrites = writeRoles(...USER_MANAGERS);

  app.get<{ Querystring: UserFilter; Reply: UserList }>(
    '/api/users',
    { config: { policy: managers }, schema: listUsersSchema },
    async (request) => ({
      items: await listUsers(contextOf(request, db), request.query),
    }),
  );

  app.post<{ Body: NewUser; Reply: UserOne }>(
    '/api/users',
    { config: { policy: managerWrites }, schema: createUserSchema },
    async (request, reply) => reply.status(201).send({ user: await createUser(contextOf(request, db), request.body) }),
  );

  app.post<{ Params: IdParams; Reply: UserUnlocked }>(
    '/api/users/:id/unlock',
    { config: { policy: managerWrites }, schema: unlockUserSchema },
    async (request) => unlockUser(contextOf(request, db), request.params.id),
  );

  app.post<{ Params: IdParams; Reply: UserBlocked }>(
    '/api/users/:id/block',
    { config: { policy: managerWrites }, schema: blockUserSchema },
    async (request) => blockUser(contextOf(request, db), request.params.id),
  );

  app.post<{ Params: IdParams; Reply: UserUnblocked }>(
    '/api/users/:id/unblock',
    { config: { policy: managerWrites }, schema: unblockUserSchema },
    async (request) => unblockUser(contextOf(request, db), request.params.id),
  );

  app.post<{ Params: IdParams; Reply: NewPassword }>(
    '/api/users/:id/reset-password',
    { config: { policy: managerWrites }, schema: resetPasswordSchema },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return resetPassword(contextOf(request, db), request.params.id);
    },
  );

  app.put<{ Params: IdParams; Body: AccessChange; Reply: UserAccess }>(
    '/api/users/:id/access',
    { config: { policy: managerWrites }, schema: changeAccessSchema },
    async (request) => changeUserAccess(contextOf(request, db), request.params.id, request.body),
  );

  app.post<{ Body: OrgSelection; Reply: OrgAccountsPreview }>(
    '/api/users/for-orgs/preview',
    { config: { policy: managers }, schema: previewOrgAccountsSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      return { items: await previewAccountsForOrgs(ctx, request.body), groups: await accountGroups(ctx, request.body.territoryId) };
    },
  );

  // The workbook is the answer itself: made in memory from the created accounts, sent once, kept nowhere.
  app.post<{ Body: OrgSelection }>(
    '/api/users/for-orgs',
    { config: { policy: managerWrites }, schema: createOrgAccountsSchema },
    async (request, reply) => {
      const created = await createAccountsForOrgs(contextOf(request, db), request.body);
      const loginUrl = `${request.protocol}://${request.host}/`;
      const content = await credentialsWorkbook(created, loginUrl);
      return reply
        .header('content-disposition', attachment('Учётные записи организаций.xlsx', 'org-accounts.xlsx'))
        .header('cache-control', 'no-store')
        .header('x-created-count', String(created.length))
        .type(XLSX_TYPE)
        .send(content);
    },
  );
}
