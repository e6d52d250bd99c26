import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChecksum } from '../../../test/helpers/database-checksum.ts';
import { buildOrg } from '../../../test/helpers/factories.ts';
import { moscowDatabase } from '../../../test/helpers/moscow-database.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import type { DataTableMapping } from '../../domain/data-import/data-table-mapping.ts';
import { AppError } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { applyDataImport } from './apply-data-import.ts';
import { prepareDataImport } from './prepare-data-import.ts';

// Found in the browser test of «Moving in»: two rows of a table whose names were only alike the
// same school of the register both took it, and the apply failed with a 500 (one organisation's
// value written twice in one statement). A likeness never takes what another row has; rows that
// are the same school for sure are an error of the file, named with its rows.

const mapping: DataTableMapping = {
  columns: {
    Округ: { role: 'municipality' },
    Школа: { role: 'org_name' },
    ОГРН: { role: 'org_ogrn' },
    Выпускники: { role: 'new_element', code: 'graduates_t', name: 'Выпускники', unit: 'persons', valueType: 'integer' },
  },
};
const csv = (rows: string[]) => new TextEncoder().encode(['Округ;Школа;ОГРН;Выпускники', ...rows].join('\n'));

let handle: DatabaseHandle;
let ctx: UseCaseContext;

beforeAll(async () => {
  const moscow = await moscowDatabase('shared.admin');
  ({ handle, ctx } = moscow);
  const okrug = await buildOrg(handle.db, moscow.region, { name: 'Северный административный округ', code: '77-01' });
  await buildOrg(handle.db, okrug, { name: 'Школа № 1357', code: '77-01-001', ogrn: '1027700566761' });
});
afterAll(async () => {
  await handle.close();
});

describe('two rows and one organisation of the register', () => {
  it('names only alike never share a school: both are proposed for creation and the apply writes each once', async () => {
    const bytes = csv([
      'Северный административный округ;ГБОУ Школа № 1357;;10',
      'Северный административный округ;Средняя школа № 1357;;20',
    ]);
    const plan = await prepareDataImport(ctx, { bytes, fileName: 't.csv', periodCode: '2015/2016', mapping });
    expect(plan.preview.issues).toEqual([]);
    expect(plan.preview.counts).toMatchObject({ new: 2, orgsToCreate: 2 });
    const result = await applyDataImport(ctx, {
      bytes,
      fileName: 't.csv',
      periodCode: '2015/2016',
      mapping,
      acceptProposals: true,
      uploadsDir: null,
    });
    expect(result.createdOrgs).toBe(2);
    const values = await handle.db
      .selectFrom('data_value')
      .select(['org_id', 'value'])
      .where('data_element_code', '=', 'graduates_t')
      .execute();
    expect(values.map((v) => Number(v.value)).sort()).toEqual([10, 20]);
    expect(new Set(values.map((v) => v.org_id)).size).toBe(2);
  });

  it('the same school twice (by name and by ОГРН) is an error of the file with both rows named, and nothing is written', async () => {
    const bytes = csv([
      'Северный административный округ;Школа № 1357;;10',
      'Северный административный округ;Лицей на Полянке;1027700566761;30',
    ]);
    const plan = await prepareDataImport(ctx, { bytes, fileName: 'twice.csv', periodCode: '2015/2016', mapping });
    expect(plan.preview.issueCount).toBe(1);
    expect(plan.preview.issues[0]?.message).toBe(
      'Лист «twice.csv», строка 2: строки 2, 3 относятся к одной организации реестра «Школа № 1357» (77-01-001): у организации в периоде одно значение каждого элемента — оставьте одну строку или исправьте наименование, ОГРН или ИНН в лишних',
    );
    const before = await databaseChecksum(handle.db);
    const refused = await applyDataImport(ctx, {
      bytes,
      fileName: 'twice.csv',
      periodCode: '2015/2016',
      mapping,
      acceptProposals: true,
      uploadsDir: null,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('import_invalid');
    expect(await databaseChecksum(handle.db)).toEqual(before);
  });
});
