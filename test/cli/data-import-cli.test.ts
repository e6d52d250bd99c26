import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/cli/open-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { buildOrg } from '../helpers/factories.ts';
import { ROOT, runSoko } from '../helpers/soko-process.ts';

// `soko data import` on the Moscow ЕГЭ table: an empty register with the region only, a period, and a
// YAML mapping that creates the two elements and the share; preview, apply, and the same file again.

const FILE = join(ROOT, 'test/fixtures/moscow-ege/data-9722-2016-10-31.csv');
const dataDir = mkdtempSync(join(tmpdir(), 'soko-cli-data-import-'));
const env = { ...process.env, SOKO_DATA_DIR: dataDir, SOKO_DATABASE_URL: '' };
const mappingFile = join(dataDir, 'ege-mapping.yaml');

const runCli = (args: string[]) => runSoko(args, env);

beforeAll(async () => {
  const handle = await openDatabase({ dataDir, databaseUrl: null });
  try {
    await migrateToLatest(handle.db);
    await buildOrg(handle.db, null, { name: 'Москва', code: '77' });
    await handle.db
      .insertInto('period')
      .values({ code: '2015/2016', kind: 'school_year', name: '2015/2016 учебный год', starts_on: '2015-09-01', ends_on: '2016-08-31' })
      .execute();
  } finally {
    await handle.close();
  }
  writeFileSync(
    mappingFile,
    `columns:
  AdmArea: { role: municipality }
  EDU_NAME: { role: org_name }
  OGRN: { role: org_ogrn }
  PASSED_NUMBER_FULL: { role: new_element, code: ege_graduates, name: "Выпускники, сдававшие ЕГЭ", unit: persons, valueType: integer }
  PASSES_OVER_220: { role: new_element, code: ege_over_220, name: Выпускники с суммой баллов больше 220, unit: persons, valueType: integer }
shares:
  - { name: Доля выпускников с суммой баллов больше 220, numerator: PASSES_OVER_220, denominator: PASSED_NUMBER_FULL }
`,
  );
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('soko data import on the Moscow ЕГЭ table', () => {
  it('previews without --yes and changes nothing', async () => {
    const r = await runCli(['data', 'import', FILE, '--period', '2015/2016', '--mapping', mappingFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Сопоставление столбцов (из файла сопоставления):');
    expect(r.stdout).toContain('OGRN → ОГРН');
    expect(r.stdout).toContain('PASSED_NUMBER_FULL → новый элемент «Выпускники, сдававшие ЕГЭ» (ege_graduates, persons)');
    expect(r.stdout).toContain('Значения: новых 1252, изменённых 0, без изменений 0, пустых (нет данных) 0.');
    expect(r.stdout).toContain('будет создано организаций 626, территорий 10.');
    expect(r.stdout).toContain('Это предварительный просмотр: ничего не изменено.');
  }, 120_000);

  it('applies with --yes, recomputes with progress, and the same file again changes nothing', async () => {
    const r = await runCli(['data', 'import', FILE, '--period', '2015/2016', '--mapping', mappingFile, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /Загружено \(загрузка № 1\): новых значений 1252, изменено 0; создано организаций и территорий 636, элементов данных 2\./,
    );
    expect(r.stdout).toContain('Пересчитана методика «own-77» (версия 1): показателей 1, рейтингов 11.');
    expect(r.stderr).toContain('Пересчёт «own-77»');
    const again = await runCli(['data', 'import', FILE, '--period', '2015/2016', '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Сопоставление столбцов (сохранённое для этого заголовка):');
    expect(again.stdout).toContain('Ничего не изменено: в файле нет новых или изменённых значений.');
  }, 240_000);

  it('refuses an unknown period with what to do', async () => {
    const r = await runCli(['data', 'import', FILE, '--period', '2030/2031']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Период «2030/2031» не найден');
  }, 120_000);
});
