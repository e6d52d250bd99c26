import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runSoko } from '../helpers/soko-process.ts';

// `soko import results FILE --yes` on the real ЕГЭ workbooks of two Far Eastern regions, on an empty
// embedded database: the proposed regions, municipalities and schools are created, the results
// applied, and the files' own total rows checked, their disagreements printed.

const FIXTURES = join(ROOT, 'test/fixtures/ege-dfo');
const dataDir = mkdtempSync(join(tmpdir(), 'soko-cli-import-'));
const env = { ...process.env, SOKO_DATA_DIR: dataDir, SOKO_DATABASE_URL: '' };

const runCli = (args: string[]) => runSoko(args, env);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('soko import results on the real ЕГЭ workbooks', () => {
  it('imports the ЕАО workbook with --yes and prints the one total that disagrees', async () => {
    const r = await runCli(['import', 'results', join(FIXTURES, 'evreyskaya_ao_ege_2022-2024.xlsx'), '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('шаблон «Информация о результатах ЕГЭ»');
    expect(r.stdout).toContain('создать: регион «Еврейская автономная область»');
    expect(r.stdout).toMatch(/Строки итогов файла: сверено \d+, расхождений 1\./);
    expect(r.stdout).toContain('Обществознание, не преодолели минимальный порог: в файле 186, по строкам школ 187');
    expect(r.stdout).toMatch(/Применено: значений \d+, организаций \d+, периоды 2021\/2022, 2022\/2023/);
    expect(r.stdout).toMatch(/Создано в реестре: \d+/);
  }, 240_000);

  it('imports the Забайкальский край workbook beside it, with the template’s formula errors', async () => {
    const r = await runCli(['import', 'results', join(FIXTURES, 'zabaykalsky_krai_ege_2022-2024.xlsx'), '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('создать: регион «Забайкальский край»');
    expect(r.stdout).toContain('formula_error');
    expect(r.stdout).toMatch(/Строки итогов файла: сверено \d+, расхождений 3\./);
    expect(r.stdout).toMatch(/Применено: значений \d+/);
  }, 240_000);
});
