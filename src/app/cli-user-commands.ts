import type { LocalAddUserBody, LocalUnlocked } from '../api/local.ts';
import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';
import type { UseCaseContext } from './context.ts';
import { unlockUser } from './unlock-user.ts';
import { createUser, type UserView } from './users.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import { userRepository } from '../db/repositories/user-repository.ts';

/** The `soko` command line, on the database directly or through the running server: audited under this login. */
export const CLI_ACTOR: Actor = {
  userId: 0,
  login: 'cli',
  fullName: 'Командная строка soko',
  role: 'admin',
  scopeOrgId: null,
  scopePath: null,
};

/** The scope organisation is named by its code (the CLI names organisations by code), or null for an administrator. */
export type CliUserInput = LocalAddUserBody;

/** `soko user add`: the scope found by its code, then exactly `createUser`'s rules. */
export async function addUserByCli(ctx: UseCaseContext, input: CliUserInput): Promise<UserView> {
  let scopeOrgId: number | null = null;
  if (input.scopeCode) {
    const org = await orgRepository.findByCode(ctx.db, input.scopeCode);
    if (!org) throw new AppError('not_found', `Организация с кодом «${input.scopeCode}» не найдена.`);
    scopeOrgId = org.id;
  }
  return createUser(ctx, { login: input.login, fullName: input.fullName, role: input.role, scopeOrgId, password: input.password });
}

/** `soko user unlock`: the login lock lifted by login. */
export async function unlockUserByCli(ctx: UseCaseContext, login: string): Promise<LocalUnlocked> {
  const found = await userRepository.findByLogin(ctx.db, login.trim());
  if (!found) throw new AppError('not_found', `Пользователь с логином «${login}» не найден.`);
  const { cleared } = await unlockUser(ctx, found.id);
  return { login: login.trim(), cleared };
}
