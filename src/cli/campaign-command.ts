import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import { campaignTemplate, uploadCampaignFile } from '../app/campaigns/campaign-files.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';

const UPLOAD_STEPS = ['чтение файла', 'проверка значений', 'запись черновиков', 'фиксация', 'готово'];

/**
 * `soko campaign template|upload`: the operator's way to hand out and take in the Excel forms of a
 * campaign in bulk (what the campaign page does), for files received by e-mail.
 */
export function registerCampaignCommand(program: Command): void {
  const campaign = program.command('campaign').description('кампании сбора данных: шаблоны и загрузка заполненных файлов');

  campaign
    .command('template')
    .description('выгрузить шаблон Excel: форму одной организации или всех участников')
    .requiredOption('--campaign <id>', 'номер кампании')
    .option('--org <code>', 'код организации (по умолчанию — все участники)')
    .requiredOption('--out <file>', 'куда сохранить .xlsx')
    .action(async (opts: { campaign: string; org?: string; out: string }) => {
      const handle = await openDatabase(readConfig());
      try {
        const ctx = { db: handle.db, actor: SYSTEM_ACTOR, requestId: null };
        let orgId: number | undefined;
        if (opts.org) {
          const org = await orgRepository.findByCode(handle.db, opts.org);
          if (!org) throw new AppError('not_found', `Организация «${opts.org}» не найдена: укажите её код в реестре.`);
          orgId = org.id;
        }
        const { file } = await campaignTemplate(ctx, campaignId(opts.campaign), orgId);
        writeFileSync(opts.out, file);
        process.stdout.write(`Шаблон сохранён: ${opts.out}\n`);
      } finally {
        await handle.close();
      }
    });

  campaign
    .command('upload')
    .description('загрузить заполненный шаблон (.xlsx) или CSV: проверяется целиком, с ошибками не меняет ничего')
    .requiredOption('--campaign <id>', 'номер кампании')
    .argument('<file>', 'файл .xlsx или .csv')
    .action(async (file: string, opts: { campaign: string }) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new AppError('not_found', `Файл «${file}» не найден или не читается: проверьте путь.`);
      }
      const handle = await openDatabase(readConfig());
      try {
        const ctx = { db: handle.db, actor: SYSTEM_ACTOR, requestId: null };
        const report = await uploadCampaignFile(ctx, campaignId(opts.campaign), { bytes, fileName: basename(file) }, (step) =>
          progressLine(step, UPLOAD_STEPS.indexOf(step) + 1, UPLOAD_STEPS.length),
        );
        for (const w of report.warnings) process.stdout.write(`Предупреждение${w.at ? ` (${w.at})` : ''}: ${w.message}\n`);
        process.stdout.write(
          `Загружено: форм ${report.orgs.length}, изменено полей ${report.changed}${report.changed === 0 ? ' (файл совпадает с уже внесёнными данными)' : ''}.\n`,
        );
      } catch (error) {
        if (error instanceof AppError && error.details.length) {
          for (const d of error.details) process.stderr.write(`  ${d.message}\n`);
        }
        throw error;
      } finally {
        await handle.close();
      }
    });
}

function campaignId(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id < 1)
    throw new AppError('validation_failed', `«${text}» — не номер кампании: укажите целое число, например --campaign 1.`);
  return id;
}
