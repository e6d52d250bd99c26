import { AppError } from '../app/app-error.ts';

/** The territory a request means: the one given in `param`, else the caller's own scope. */
export function territoryParam(given: number | undefined, scopeOrgId: number | null, param = 'territoryId'): number {
  const id = given ?? scopeOrgId;
  if (id === null || id === undefined) {
    throw new AppError('validation_failed', `Укажите территорию (${param}): муниципалитет или регион.`, [
      { path: param, message: 'Укажите территорию.' },
    ]);
  }
  return id;
}
