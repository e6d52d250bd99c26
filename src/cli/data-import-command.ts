import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { SYSTEM_ACTOR } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { uploadsDirOf } from '../app/assessments/import-files.ts';
import { syncCatalogues } from '../app/catalogues/sync-catalogues.ts';
import { applyDataImport, type DataImportResult } from '../app/data-import/apply-data-import.ts';
import { prepareDataImport, type DataImportPreview } from '../app/data-import/prepare-data-import.ts';
import { checkMapping } from '../domain/data-import/check-mapping.ts';
import { ORG_ROLE_NAMES, type DataTableMapping } from '../domain/data-import/data-table-mapping.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';

interface Options {
  period: string;
  territory?: string;
  mapping?: string;
  yes?: boolean;
}

function readMappingFile(path: string): DataTableMapping {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch {
    throw new AppError('not_found', `Файл сопоставления «${path}» не найден или не читается.`);
  }
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new AppError(
      'validation_failed',
      `Файл сопоставления «${path}» не читается как ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${(e as Error).message}`,
    );
  }
  const checked = checkMapping(raw);
  if (!checked.ok) throw new AppError('validation_failed', `Файл сопоставления «${path}»: ${checked.problems.join('; ')}.`);
  return checked.mapping;
}

/** The preview in a terminal: the mapping, the counts, the first changes and problems. */
export function previewLines(p: DataImportPreview): string[] {
  const out = [
    `Файл ${p.fileName}, лист «${p.sheet}», строк: ${p.rows}. Период: ${p.period.name}. Территория: ${p.territory?.name ?? 'вся система'}.`,
  ];
  out.push(
    `Сопоставление столбцов (${p.mappingSource === 'saved' ? 'сохранённое для этого заголовка' : p.mappingSource === 'given' ? 'из файла сопоставления' : 'предложенное'}):`,
  );
  for (const [h, r] of Object.entries(p.mapping.columns)) {
    if (r.role === 'ignore') continue;
    const e =
      r.role === 'value'
        ? p.elements.find((x) => x.code === r.element)
        : r.role === 'new_element'
          ? p.elements.find((x) => x.name === r.name)
          : undefined;
    const what =
      r.role === 'value' || r.role === 'new_element'
        ? `${r.role === 'new_element' && e?.isNew ? 'новый элемент ' : ''}«${e?.name ?? (r.role === 'value' ? r.element : r.name)}»${e ? ` (${e.code}, ${e.unit})` : ''}`
        : ORG_ROLE_NAMES[r.role];
    out.push(`  ${h} → ${what}`);
  }
  const ignored = Object.values(p.mapping.columns).filter((r) => r.role === 'ignore').length;
  if (ignored) out.push(`  не загружаются: ${ignored} столбц.`);
  const c = p.counts;
  out.push(`Значения: новых ${c.new}, изменённых ${c.changed}, без изменений ${c.unchanged}, пустых (нет данных) ${c.missing}.`);
  out.push(
    `Строки: сопоставлено ${c.rowsMatched}, не сопоставлено ${c.rowsNotMatched}; будет создано организаций ${c.orgsToCreate}, территорий ${c.placesToCreate}.`,
  );
  if (p.ownCatalogue)
    out.push(
      `Собственная методика «${p.ownCatalogue.code}»: новая версия с долями ${p.ownCatalogue.shares.map((s) => `«${s}»`).join(', ')}.`,
    );
  out.push(p.pairsNote);
  for (const ch of p.changed.slice(0, 10))
    out.push(`  строка ${ch.line}, ${ch.column}: ${ch.org}: ${ch.old} → ${ch.value} (внёс: ${ch.oldBy ?? '—'})`);
  for (const r of p.rowsNotMatched.slice(0, 10)) out.push(`  не сопоставлена строка ${r.line}: ${r.org}`);
  for (const i of p.issues.slice(0, 20)) out.push(`  ошибка: ${i.message}`);
  if (p.issueCount > 20) out.push(`  … и ещё ошибок: ${p.issueCount - 20}`);
  return out;
}

function resultLines(r: DataImportResult): string[] {
  if (!r.changed) return ['Ничего не изменено: в файле нет новых или изменённых значений.'];
  return [
    `Загружено (загрузка № ${r.importId}): новых значений ${r.counts.new}, изменено ${r.counts.changed}; создано организаций и территорий ${r.createdOrgs}${r.createdElements.length ? `, элементов данных ${r.createdElements.length}` : ''}.`,
    ...(r.ownCatalogue ? [`Собственная методика «${r.ownCatalogue.code}», версия ${r.ownCatalogue.version}.`] : []),
    ...r.recomputed.map(
      (x) => `Пересчитана методика «${x.framework}» (версия ${x.version}): показателей ${x.indicators}, рейтингов ${x.comparisons}.`,
    ),
  ];
}

/** `soko data import FILE --period P`: a wide table of numbers into the data of a period. */
export function registerDataImportCommand(program: Command): void {
  const data = program.commands.find((c) => c.name() === 'data') ?? program.command('data').description('данные показателей');
  data
    .command('import <file>')
    .description('загрузить таблицу чисел (строка — организация, столбец — элемент данных) в данные периода')
    .requiredOption('--period <code>', 'код периода, например 2015/2016')
    .option('--territory <code>', 'код региона или муниципалитета, к которому относятся строки (по умолчанию — единственный регион)')
    .option('--mapping <file>', 'сопоставление столбцов (JSON или YAML): { columns: { "заголовок": { role: … } }, shares: [...] }')
    .option('--yes', 'применить: принять предложенное сопоставление организаций (с созданием недостающих округов и школ)')
    .action(async (file: string, opts: Options) => {
      const config = readConfig();
      const mapping = opts.mapping ? readMappingFile(opts.mapping) : null;
      let bytes: Buffer;
      try {
        bytes = readFileSync(resolve(file));
      } catch {
        throw new AppError('not_found', `Файл ${file} не найден или не читается.`);
      }
      const handle = await openDatabase(config);
      try {
        await syncCatalogues(handle.db, config.catalogDir);
        const ctx = { db: handle.db, actor: SYSTEM_ACTOR, requestId: null };
        const input = { bytes, fileName: basename(file), periodCode: opts.period, territoryCode: opts.territory ?? null, mapping };
        const plan = await prepareDataImport(ctx, input);
        process.stdout.write(`${previewLines(plan.preview).join('\n')}\n`);
        if (plan.preview.issueCount > 0)
          throw new AppError('import_invalid', `Файл не загружен, ничего не изменено. Ошибок: ${plan.preview.issueCount}.`);
        if (!opts.yes) {
          process.stdout.write('Это предварительный просмотр: ничего не изменено. Чтобы применить, повторите команду с --yes.\n');
          return;
        }
        const result = await applyDataImport(ctx, {
          ...input,
          acceptProposals: true,
          uploadsDir: uploadsDirOf(config.dataDir),
          onProgress: progressLine,
        });
        process.stdout.write(`${resultLines(result).join('\n')}\n`);
      } finally {
        await handle.close();
      }
    });
}
