import { isAssessmentKind } from '../../domain/assessment/assessment-kind.ts';
import { SUBJECTS, subjectLabel } from '../../domain/assessment/subjects.ts';
import { AppError, forbidden } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import type { SavedMapping, ThresholdInput, ThresholdView } from '../../api/assessment-imports.ts';

export type { ThresholdView };

export async function listThresholds(ctx: UseCaseContext): Promise<ThresholdView[]> {
  const rows = await ctx.db
    .selectFrom('assessment_threshold')
    .selectAll()
    .orderBy('year', 'desc')
    .orderBy('kind')
    .orderBy('subject')
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    subject: r.subject,
    subjectName: subjectLabel(r.subject),
    year: r.year,
    minScore: Number(r.min_score),
    note: r.note,
  }));
}

/** Changes or adds thresholds (the minimum scores are orders of Рособрнадзор and of regions: data, not code). */
export async function saveThresholds(ctx: UseCaseContext, items: readonly ThresholdInput[]): Promise<ThresholdView[]> {
  if (!(ctx.actor.role === 'admin' || ctx.actor.role === 'regional_operator'))
    throw forbidden('Минимальные пороги меняют администратор и региональный оператор.');
  items.forEach((t, i) => {
    if (!isAssessmentKind(t.kind))
      throw new AppError('validation_failed', `Строка ${i + 1}: вид процедуры «${t.kind}» неизвестен.`, [
        { path: `body.thresholds.${i}.kind`, message: 'ege, oge, vpr, niko, fl, olympiad' },
      ]);
    if (!(t.subject in SUBJECTS))
      throw new AppError('validation_failed', `Строка ${i + 1}: предмет «${t.subject}» неизвестен.`, [
        { path: `body.thresholds.${i}.subject`, message: 'Код предмета.' },
      ]);
  });
  await ctx.db.transaction().execute(async (trx) => {
    for (const t of items) {
      await trx
        .insertInto('assessment_threshold')
        .values({
          kind: t.kind,
          subject: t.subject,
          year: t.year,
          min_score: t.minScore,
          note: t.note ?? null,
          updated_by: ctx.actor.login,
        })
        .onConflict((oc) =>
          oc
            .columns(['kind', 'subject', 'year'])
            .doUpdateSet({ min_score: t.minScore, note: t.note ?? null, updated_by: ctx.actor.login, updated_at: new Date() }),
        )
        .execute();
    }
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'assessment.thresholds.save', entity: 'assessment_threshold', entityId: null, after: items },
      ctx.requestId,
    );
  });
  return listThresholds(ctx);
}

export async function listMappings(ctx: UseCaseContext): Promise<SavedMapping[]> {
  const rows = await ctx.db.selectFrom('import_mapping').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, columns: r.columns as unknown as Record<string, string> }));
}
