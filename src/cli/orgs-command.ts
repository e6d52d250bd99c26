import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { exportRegister } from '../app/org-register/export-register.ts';
import { REGISTER_CSV_BUDGET } from '../app/org-register/read-register-file.ts';
import { summaryLines, type RegisterImportView } from '../app/org-register/register-import-view.ts';
import {
  applyRegisterImport,
  previewRegisterImport,
  uploadRegisterFile,
  type RegisterImportSettings,
} from '../app/org-register/register-imports.ts';
import { REGISTER_FIELD_NAMES } from '../domain/org/register/register-fields.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import type { Database } from '../db/schema.ts';
import type { Kysely } from 'kysely';
import { readConfig } from './config.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';
import { confirm } from './confirm.ts';

interface ImportOptions {
  territory?: string;
  region?: string;
  sheet?: string;
  yes?: boolean;
}

async function territoryIdOf(db: Kysely<Database>, code: string | undefined): Promise<number | null> {
  if (!code) return null;
  const t = await orgRepository.findByCode(db, code);
  if (!t) throw new AppError('not_found', `Территория с кодом «${code}» не найдена: проверьте код (soko orgs export покажет коды).`);
  return t.id;
}

const print = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);

/** `soko orgs import FILE` and `soko orgs export FILE`: the page «Реестр организаций → Загрузить» in a terminal. */
export function registerOrgsCommand(program: Command): void {
  const orgs = program.command('orgs').description('реестр организаций: загрузка из файла и выгрузка');
  orgs
    .command('import <file>')
    .description('загрузить реестр организаций из XLSX или CSV: предпросмотр, затем применение (с --yes — без вопросов)')
    .option('--territory <code>', 'код региона или муниципалитета, куда загружается реестр')
    .option('--region <name>', 'название региона (при пустом реестре он будет создан)')
    .option('--sheet <n>', 'номер листа книги XLSX (по умолчанию первый)')
    .option('--yes', 'создать названные в файле территории, пропустить строки без территории и применить без вопросов')
    .action(async (file: string, opts: ImportOptions) => {
      const path = resolve(file);
      const size = await stat(path).then(
        (s) => s.size,
        () => {
          throw new AppError('not_found', `Файл ${file} не найден.`);
        },
      );
      if (size > REGISTER_CSV_BUDGET.maxBytes)
        throw new AppError(
          'import_invalid',
          `Файл ${file} больше ${REGISTER_CSV_BUDGET.maxBytes / 1024 / 1024} МБ — это не реестр организаций.`,
        );
      const handle = await openDatabase(readConfig());
      try {
        const ctx = { db: handle.db, actor: SYSTEM_ACTOR, requestId: null };
        const settings: RegisterImportSettings = {
          territoryId: await territoryIdOf(handle.db, opts.territory),
          region: opts.region ?? null,
          ...(opts.sheet ? { sheet: Number(opts.sheet) } : {}),
          // --yes confirms the creation of the file's territories up front: one reading of the file
          ...(opts.yes ? { createTerritories: true } : {}),
        };
        const started = Date.now();
        progressLine('чтение файла', 0, 3);
        let view: RegisterImportView = await uploadRegisterFile(ctx, {
          fileName: basename(file),
          bytes: new Uint8Array(await readFile(path)),
          ...settings,
        });
        progressLine('предпросмотр готов', 1, 3);
        print([
          'Сопоставление столбцов:',
          ...view.headers.map(
            (h) =>
              `  «${h}» → ${REGISTER_FIELD_NAMES[view.mapping[h] ?? 'attribute']}${view.mapping[h] === 'attribute' || !view.mapping[h] ? ` «${h}»` : ''}`,
          ),
          ...summaryLines(view),
        ]);
        const needsAnswers = view.unconfirmedTerritories > 0 || view.counts.unplaced > 0;
        if (
          needsAnswers &&
          (opts.yes ||
            (await confirm('Создать названные в файле территории и пропустить строки без территории? [д/н] ', { terminalOnly: true })))
        ) {
          const rows: Record<string, 'skip'> = {};
          for (let round = 0; round < 400 && (round === 0 || view.counts.unplaced > 0); round++) {
            for (const u of view.unplaced) rows[String(u.line)] = 'skip';
            view = await previewRegisterImport(ctx, view.id, { ...settings, createTerritories: true, rows });
          }
          print(['После подтверждения:', ...summaryLines(view)]);
        }
        progressLine('проверено', 2, 3);
        if (!view.ready) {
          print([
            'Реестр не изменён. Исправьте файл (ошибки выше) и загрузите снова; тип и неоднозначные строки можно решить на странице «Реестр организаций → Загрузить».',
          ]);
          process.exitCode = 2;
          return;
        }
        if (!opts.yes && !(await confirm('Применить загрузку? [д/н] ', { terminalOnly: true }))) {
          print(['Не применено: реестр не изменён.']);
          return;
        }
        const applied = await applyRegisterImport(ctx, view.id);
        progressLine('применено', 3, 3);
        print([
          `Применено за ${((Date.now() - started) / 1000).toFixed(1)} с: создано ${applied.created}, изменено ${applied.updated}, без изменений ${applied.unchanged}.`,
          ...(applied.territoriesCreated.length
            ? [`Созданы территории: ${applied.territoriesCreated.map((t) => `«${t.name}» (${t.code})`).join(', ')}.`]
            : []),
        ]);
      } finally {
        await handle.close();
      }
    });
  orgs
    .command('export <file>')
    .description('выгрузить реестр организаций в XLSX (те же столбцы, что предлагает загрузка)')
    .option('--territory <code>', 'код региона или муниципалитета (по умолчанию весь реестр)')
    .action(async (file: string, opts: { territory?: string }) => {
      const handle = await openDatabase(readConfig());
      try {
        const ctx = { db: handle.db, actor: SYSTEM_ACTOR, requestId: null };
        const { file: bytes, rows } = await exportRegister(ctx, await territoryIdOf(handle.db, opts.territory));
        await writeFile(resolve(file), bytes, { mode: 0o600 });
        print([`Выгружено организаций: ${rows} → ${file}`]);
      } finally {
        await handle.close();
      }
    });
}
