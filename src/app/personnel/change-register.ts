import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { writeAudit, type AuditEntry } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { assertManagesPersonnel } from './personnel-access.ts';
import type { PersonnelMunicipality } from './personnel-municipality.ts';
import { recomputeAfterRegisterChange, syncRegisterValues } from './sync-register-values.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

/**
 * The one way the register changes: the caller must keep the municipality's register; the change,
 * its audit row and the data values it yields are written in one transaction, under a lock of the
 * municipality (checks that must hold at commit belong inside `change`); then the results of the
 * periods it changed are recomputed (recomputed: false when that failed; the change stands).
 */
export async function changeRegister<T>(
  ctx: UseCaseContext,
  municipality: PersonnelMunicipality,
  audit: (result: T) => AuditEntry,
  change: (trx: Kysely<Database>) => Promise<T>,
): Promise<{ result: T; recomputed: boolean }> {
  assertManagesPersonnel(ctx.actor, municipality.path);
  const { result, periods } = await ctx.db.transaction().execute(async (trx) => {
    // One change of a municipality's register at a time: its derived values are rewritten whole,
    // and checks made inside `change` (a vacant post, a candidate's stage) hold until commit.
    await orgRepository.lock(trx, municipality.id);
    const result = await change(trx);
    await writeAudit(trx, ctx.actor, audit(result), ctx.requestId);
    return { result, periods: await syncRegisterValues(trx, municipality.id) };
  });
  return { result, recomputed: await recomputeAfterRegisterChange(ctx, municipality.id, periods) };
}
