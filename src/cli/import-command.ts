import { chmod, copyFile, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../app/actor.ts';
import { syncCatalogues } from '../app/catalogues/sync-catalogues.ts';
import { AppError } from '../app/app-error.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import { applyImport, cancelImport, createImport, startReading } from '../app/assessments/assessment-imports.ts';
import { newUploadPath, uploadsDirOf } from '../app/assessments/import-files.ts';
import { appliedLines, mappingLines, reportLines } from '../app/assessments/import-summary.ts';
import { ASSESSMENT_KINDS } from '../domain/assessment/assessment-kind.ts';
import { stageCode } from '../domain/assessment/read-result-row.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';
import { confirm } from './confirm.ts';

interface Options {
  kind?: string;
  year?: string;
  stage?: string;
  territory?: string;
  yes?: boolean;
}

/** `soko import results FILE`: the web import's steps in a terminal, with a progress bar. */
export function registerImportCommand(program: Command): void {
  const command = program.command('import').description('загрузка данных из файлов');
  command
    .command('results <file>')
    .description('загрузить результаты ВПР, ОГЭ, ЕГЭ, НИКО, функциональной грамотности или олимпиады (CSV или XLSX)')
    .option('--kind <kind>', `вид процедуры: ${ASSESSMENT_KINDS.join(', ')} (по умолчанию — по имени файла)`)
    .option('--year <year>', 'год проведения, если в файле нет столбца «Год» (по умолчанию — из имени файла)')
    .option('--stage <stage>', 'этап олимпиады (школьный, муниципальный, региональный, заключительный)')
    .option('--territory <code>', 'код муниципалитета или региона, организации которого в файле')
    .option('--yes', 'принять предложенное сопоставление столбцов и организаций (с созданием предложенных) без вопросов')
    .action(async (file: string, opts: Options) => {
      const config = readConfig();
      const handle = await openDatabase(config);
      try {
        // the results land in the catalogues' data elements: a fresh database gets them as `serve` does
        await syncCatalogues(handle.db, config.catalogDir);
        const ctx = { db: handle.db, actor: SYSTEM_ACTOR, requestId: null };
        let territoryId: number | null = null;
        if (opts.territory) {
          const t = await orgRepository.findByCode(handle.db, opts.territory);
          if (!t) throw new AppError('not_found', `Территория с кодом «${opts.territory}» не найдена.`);
          territoryId = t.id;
        }
        const path = newUploadPath(uploadsDirOf(config.dataDir));
        await copyFile(resolve(file), path).catch(() => {
          throw new AppError('not_found', `Файл ${file} не найден.`);
        });
        await chmod(path, 0o600); // a copy keeps the source's mode
        const created = await createImport(ctx, { territoryId, fileName: basename(file), path }).catch(async (error: unknown) => {
          await rm(path, { force: true });
          throw error;
        });
        const preview = created.preview!;
        const kind = opts.kind ?? preview.kind;
        if (!kind) {
          await cancelImport(ctx, created.id);
          throw new AppError(
            'validation_failed',
            `Вид процедуры не понятен из имени файла: укажите --kind (${ASSESSMENT_KINDS.join(', ')}).`,
          );
        }
        const year = opts.year ? Number(opts.year) : preview.year;
        process.stdout.write(
          `Файл ${basename(file)}: ${preview.format.toUpperCase()}${preview.encoding ? `, ${preview.encoding}` : ''}.\nСопоставление столбцов:\n${mappingLines(preview, preview.mapping).join('\n')}\n`,
        );
        if (!opts.yes && !preview.template && !(await confirm('Читать файл с этим сопоставлением? [д/н] '))) {
          await cancelImport(ctx, created.id);
          process.stdout.write('Отменено: ничего не загружено.\n');
          return;
        }
        const { done } = await startReading(
          ctx,
          created.id,
          { kind, year, stage: opts.stage ? (stageCode(opts.stage) ?? opts.stage) : null, mapping: preview.mapping },
          (p) => {
            if (p.bytes !== undefined && p.totalBytes)
              progressLine(p.phase === 'staging' ? 'запись значений' : `чтение, строк ${p.rows}`, p.bytes, p.totalBytes);
          },
        );
        const read = await done;
        if (read.status === 'failed') throw new AppError('import_invalid', read.error ?? 'Файл не прочитан.');
        process.stdout.write(`${reportLines(read.report!).join('\n')}\n`);
        if (!opts.yes && !(await confirm('Применить: сопоставить и создать предложенное, строки с ошибками пропустить? [д/н] '))) {
          process.stdout.write(
            `Не применено. Загрузка № ${created.id} ждёт решения в разделе «Результаты оценочных процедур» (без решения через 24 часа она будет отменена, а файл удалён).\n`,
          );
          return;
        }
        const applied = await applyImport(ctx, created.id, { decisions: {}, acceptProposals: true, skipErrors: true });
        process.stdout.write(
          `${appliedLines(applied.applied!).join('\n')}\nПересчитайте показатели: soko compute --catalogue … --period ${applied.applied!.periods.at(-1) ?? ''}\n`,
        );
      } finally {
        await handle.close();
      }
    });
}
