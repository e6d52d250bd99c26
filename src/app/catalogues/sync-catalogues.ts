import type { Kysely } from 'kysely';
import type { Catalogue, DataElement } from '../../domain/catalogue/catalogue.ts';
import { mergeDataElements, validateCatalogue, validateDataElementFile } from '../../domain/catalogue/validate-catalogue.ts';
import type { ValidationIssue } from '../../domain/validation/describe-ajv-error.ts';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { canonicalHash } from './canonical-hash.ts';
import { readCatalogueDir } from './read-catalogue-dir.ts';

export interface SyncReport {
  loaded: string[];
  unchanged: string[];
  /** Files refused whole, with every reason. */
  refused: { file: string; issues: ValidationIssue[] }[];
}

function elementRow(e: DataElement) {
  return {
    code: e.code,
    name: e.name,
    value_type: e.valueType,
    unit: e.unit,
    level: e.level,
    breakdowns: JSON.stringify(e.breakdowns),
    org_types: e.orgTypes ? JSON.stringify(e.orgTypes) : null,
  };
}

/** All data elements stored, by code. */
export async function loadDataElements(db: Kysely<Database>): Promise<Map<string, DataElement>> {
  const rows = await db.selectFrom('data_element').selectAll().execute();
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        name: r.name,
        valueType: r.value_type as DataElement['valueType'],
        unit: r.unit as DataElement['unit'],
        level: r.level as DataElement['level'],
        breakdowns: r.breakdowns as DataElement['breakdowns'],
        ...(r.org_types ? { orgTypes: r.org_types as DataElement['orgTypes'] } : {}),
      } satisfies DataElement,
    ]),
  );
}

/** Stores a validated catalogue as a new framework version, with an audit row. */
export async function insertFramework(
  trx: Kysely<Database>,
  catalogue: Catalogue,
  meta: { origin: 'file' | 'import'; fileName: string | null; loadedBy: string | null },
  audit: { actor: typeof SYSTEM_ACTOR; requestId: string | null },
): Promise<number> {
  const row = await trx
    .insertInto('framework')
    .values({
      code: catalogue.code,
      version: catalogue.version,
      kind: catalogue.kind,
      name: catalogue.name,
      valid_from: catalogue.validFrom,
      valid_to: catalogue.validTo,
      source: catalogue.source,
      content: JSON.stringify(catalogue),
      content_hash: canonicalHash(catalogue),
      origin: meta.origin,
      file_name: meta.fileName,
      loaded_by: meta.loadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(
    trx,
    audit.actor,
    {
      action: 'catalogue.load',
      entity: 'framework',
      entityId: row.id,
      after: { code: catalogue.code, version: catalogue.version, origin: meta.origin, file: meta.fileName },
    },
    audit.requestId,
  );
  return row.id;
}

/**
 * Brings the database in line with the catalogue files: new data elements and new
 * (code, version) pairs are loaded; a file whose content changed under an existing version is
 * refused (a change needs a new version, so results computed with the old one stay valid).
 */
export async function syncCatalogues(db: Kysely<Database>, dir: string): Promise<SyncReport> {
  const report: SyncReport = { loaded: [], unchanged: [], refused: [] };
  const files = readCatalogueDir(dir);
  for (const issue of files.issues) report.refused.push({ file: issue.path, issues: [issue] });

  const elementFiles: { label: string; elements: DataElement[] }[] = [];
  for (const f of files.dataElementFiles) {
    const checked = validateDataElementFile(f.raw, f.label);
    if (checked.ok) elementFiles.push({ label: f.label, elements: checked.value });
    else report.refused.push({ file: f.label, issues: checked.issues });
  }
  const merged = mergeDataElements(elementFiles);
  if (!merged.ok) {
    report.refused.push({ file: 'data-elements', issues: merged.issues });
    return report;
  }

  await db.transaction().execute(async (trx) => {
    const stored = await loadDataElements(trx);
    for (const element of merged.value.values()) {
      const before = stored.get(element.code);
      if (before && canonicalHash(before) === canonicalHash(element)) continue;
      if (before) {
        await trx
          .updateTable('data_element')
          .set({ ...elementRow(element), updated_at: new Date() })
          .where('code', '=', element.code)
          .execute();
      } else {
        await trx.insertInto('data_element').values(elementRow(element)).execute();
      }
      await writeAudit(trx, SYSTEM_ACTOR, {
        action: before ? 'data_element.update' : 'data_element.create',
        entity: 'data_element',
        entityId: element.code,
        before: before ?? null,
        after: element,
      });
    }
  });

  const elements = await loadDataElements(db);
  for (const f of files.catalogueFiles) {
    const checked = validateCatalogue(f.raw, f.label, elements);
    if (!checked.ok) {
      report.refused.push({ file: f.label, issues: checked.issues });
      continue;
    }
    const catalogue = checked.value;
    const label = `${catalogue.code} v${catalogue.version}`;
    const existing = await db
      .selectFrom('framework')
      .select(['content_hash', 'origin', 'file_name'])
      .where('code', '=', catalogue.code)
      .where('version', '=', catalogue.version)
      .executeTakeFirst();
    if (existing) {
      if (existing.content_hash === canonicalHash(catalogue)) report.unchanged.push(label);
      else {
        report.refused.push({
          file: f.label,
          issues: [
            {
              path: f.label,
              message: `Содержимое методики ${label} изменилось, а версия осталась прежней. Изменения вносятся новой версией: увеличьте поле version (и переименуйте файл), иначе уже рассчитанные результаты потеряют основу. Загруженная ранее версия остаётся в силе.`,
            },
          ],
        });
      }
      continue;
    }
    await db
      .transaction()
      .execute((trx) =>
        insertFramework(trx, catalogue, { origin: 'file', fileName: f.label, loadedBy: null }, { actor: SYSTEM_ACTOR, requestId: null }),
      );
    report.loaded.push(label);
  }
  return report;
}
