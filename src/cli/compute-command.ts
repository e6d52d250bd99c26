import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { computeResults } from '../app/results/compute-results.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';
import { catalogueRepository } from '../db/repositories/catalogue-repository.ts';

/** `soko compute`: recomputes values and ratings of a catalogue for a period, with a progress bar. */
export function registerComputeCommand(program: Command): void {
  program
    .command('compute')
    .description('пересчитать значения показателей и рейтинги по методике за период')
    .requiredOption('--catalogue <code>', 'код методики, например seed001-municipal')
    .requiredOption('--period <code>', 'код периода, например 2024/2025')
    .option('--version <n>', 'версия методики (по умолчанию последняя)')
    .option('--org <code>', 'пересчитать только то, что зависит от данных этой организации (код или ИНН)')
    .action(async (opts: { catalogue: string; period: string; version?: string; org?: string }) => {
      const handle = await openDatabase(readConfig());
      try {
        const { db } = handle;
        const framework = await catalogueRepository.byCode(db, opts.catalogue, opts.version ? Number(opts.version) : undefined);
        if (!framework)
          throw new AppError(
            'not_found',
            `Методика «${opts.catalogue}»${opts.version ? ` версии ${opts.version}` : ''} не найдена. Список: GET /api/catalogues или раздел «Методики».`,
          );
        const period = await db.selectFrom('period').select('id').where('code', '=', opts.period).executeTakeFirst();
        if (!period)
          throw new AppError(
            'not_found',
            `Период «${opts.period}» не найден: укажите код вида 2024/2025 (учебный год) или 2024 (календарный).`,
          );
        let orgId: number | undefined;
        if (opts.org) {
          const org = await db
            .selectFrom('org')
            .select('id')
            .where((eb) => eb.or([eb('code', '=', opts.org ?? ''), eb('inn', '=', opts.org ?? '')]))
            .executeTakeFirst();
          if (!org) throw new AppError('not_found', `Организация «${opts.org}» не найдена: укажите её код в реестре или ИНН.`);
          orgId = org.id;
        }
        const started = performance.now();
        const report = await computeResults(
          { db, actor: SYSTEM_ACTOR, requestId: null },
          { frameworkId: framework.id, periodId: period.id, ...(orgId !== undefined ? { orgId } : {}) },
          (step, i, n) => progressLine(step, i, n),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
        process.stdout.write(
          `${orgId !== undefined ? 'Пересчитано зависящее от организации' : 'Пересчитано'} за ${seconds} с: показателей ${report.indicators} (другого вида периода — ${report.skippedIndicators}), значений ${report.values}, рейтингов ${report.comparisons}.\n`,
        );
      } finally {
        await handle.close();
      }
    });
}
