import type { Kysely } from 'kysely';
import type { SetupBody as SetupInput, SetupDone as SetupResult } from '../../api/setup.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError, type AppErrorDetail } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { checkNewPassword } from '../check-new-password.ts';
import { inTransaction } from '../in-transaction.ts';
import { createOrg } from '../orgs.ts';
import { createUser } from '../users.ts';
import { checkSetupToken, SETUP_SETTING_KEY } from './setup-token.ts';

/** Who acts while the first administrator does not exist yet. */
const SETUP_ACTOR: Actor = {
  userId: 0,
  login: 'setup',
  fullName: 'Первоначальная настройка',
  role: 'admin',
  scopeOrgId: null,
  scopePath: null,
};

const CODE = /^[0-9A-Za-zА-Яа-яЁё._-]{1,50}$/;
const codeProblem = (code: string) =>
  `код «${code}» недопустим: от 1 до 50 букв, цифр, точек, дефисов или подчёркиваний (например, 42 или 42-01)`;

/** Everything wrong with the form that needs no database, each with its field. */
function formProblems(input: SetupInput): AppErrorDetail[] {
  const details: AppErrorDetail[] = [];
  const { admin, region } = input;
  if (admin.fullName.trim() === '') details.push({ path: 'body.admin.fullName', message: 'Укажите ФИО администратора.' });
  if (admin.password !== admin.passwordRepeat) {
    details.push({ path: 'body.admin.passwordRepeat', message: 'Пароль и его повтор не совпадают: введите один и тот же пароль дважды.' });
  }
  if (region.name.trim() === '') details.push({ path: 'body.region.name', message: 'Укажите название региона.' });
  if (!CODE.test(region.code.trim())) details.push({ path: 'body.region.code', message: `Регион: ${codeProblem(region.code)}.` });
  if (region.oktmo && !/^(\d{8}|\d{11})$/.test(region.oktmo.trim())) {
    details.push({ path: 'body.region.oktmo', message: `ОКТМО «${region.oktmo}» неверен: нужно 8 или 11 цифр.` });
  }
  if (region.okato && !/^\d{2,11}$/.test(region.okato.trim())) {
    details.push({ path: 'body.region.okato', message: `ОКАТО «${region.okato}» неверен: нужно от 2 до 11 цифр.` });
  }
  const seen = new Map<string, number>([[region.code.trim(), 0]]);
  input.municipalities.forEach((m, i) => {
    const row = i + 1;
    const path = `body.municipalities.${i}`;
    const code = m.code.trim();
    if (m.name.trim() === '') details.push({ path: `${path}.name`, row, message: `Муниципалитет ${row}: укажите название.` });
    if (!CODE.test(code)) details.push({ path: `${path}.code`, row, message: `Муниципалитет ${row}: ${codeProblem(m.code)}.` });
    const first = seen.get(code);
    if (CODE.test(code) && first !== undefined) {
      const where = first === 0 ? 'у региона' : `у муниципалитета ${first}`;
      details.push({
        path: `${path}.code`,
        row,
        message: `Муниципалитет ${row}: код «${code}» уже указан ${where}; коды не должны повторяться.`,
      });
    } else seen.set(code, row);
  });
  return details;
}

/**
 * First-run setup under a one-time token: the first administrator, the region (with its ОКТМО
 * and ОКАТО as attributes) and its municipalities, all in one transaction that also spends the
 * token. Any refusal writes nothing and leaves the token valid.
 */
export async function completeSetup(
  db: Kysely<Database>,
  token: string,
  input: SetupInput,
  options: { now?: Date; requestId?: string | null } = {},
): Promise<SetupResult> {
  const now = options.now ?? new Date();
  const requestId = options.requestId ?? null;
  await checkSetupToken(db, token, now);
  const problems = formProblems(input);
  if (problems.length > 0) throw new AppError('validation_failed', problems.map((d) => d.message).join(' '), problems);
  const login = input.admin.login.trim();
  checkNewPassword(input.admin.password, { login, fullName: input.admin.fullName }, 'body.admin.password');
  return inTransaction(db, async (trx) => {
    await checkSetupToken(trx, token, now); // locks the token: a second submission waits, then finds it spent
    const user = await createUser(
      { db: trx, actor: SETUP_ACTOR, requestId },
      { login, fullName: input.admin.fullName, role: 'admin', scopeOrgId: null, password: input.admin.password },
    );
    const actor: Actor = { userId: user.id, login: user.login, fullName: user.fullName, role: 'admin', scopeOrgId: null, scopePath: null };
    const code = input.region.code.trim();
    if (await orgRepository.findByCode(trx, code)) {
      throw new AppError('already_exists', `Код региона «${code}» уже занят другой организацией: укажите другой код.`, [
        { path: 'body.region.code', message: 'Код занят.' },
      ]);
    }
    const attributes: Record<string, string> = {};
    if (input.region.oktmo?.trim()) attributes['ОКТМО'] = input.region.oktmo.trim();
    if (input.region.okato?.trim()) attributes['ОКАТО'] = input.region.okato.trim();
    const region = await orgRepository.insert(
      trx,
      {
        parentId: null,
        kind: 'region',
        type: null,
        name: input.region.name.trim(),
        shortName: null,
        code,
        inn: null,
        ogrn: null,
        fisOkoCode: null,
        aliases: [],
        attributes,
        isDemo: false,
      },
      null,
      0,
    );
    await writeAudit(
      trx,
      actor,
      { action: 'org.create', entity: 'org', entityId: region.id, after: { name: region.name, code, attributes } },
      requestId,
    );
    const ctx = { db: trx, actor, requestId };
    for (const m of input.municipalities) await createOrg(ctx, { parentId: region.id, name: m.name.trim(), code: m.code.trim() });
    await trx.deleteFrom('system_setting').where('key', '=', SETUP_SETTING_KEY).execute();
    const result: SetupResult = { login: user.login, regionId: region.id, municipalities: input.municipalities.length };
    await writeAudit(trx, actor, { action: 'setup.complete', entity: 'system', entityId: null, after: result }, requestId);
    return result;
  });
}
