import type { CatalogueImported } from '../../api/catalogues.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { validateCatalogue } from '../../domain/catalogue/validate-catalogue.ts';
import type { ValidationIssue } from '../../domain/validation/describe-ajv-error.ts';
import { AppError, type AppErrorDetail } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { canonicalHash } from './canonical-hash.ts';
import { columnLetter } from '../../domain/export/column-letter.ts';
import { readCatalogueWorkbook, SHEETS, type WorkbookOrigins } from './catalogue-workbook.ts';
import { insertFramework, loadDataElements } from './sync-catalogues.ts';
import type { ImportIssue } from './workbook-cells.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

const LABEL = 'книга';
const INDICATOR_FIELDS = [
  'code',
  'name',
  'directions',
  'unit',
  'polarity',
  'periodKind',
  'orgTypes',
  'method',
  'formula',
  'source',
  'note',
];
const POSITION_FIELDS = ['directionCode', 'code', 'component', 'name', 'maxPoints', 'source', 'derived'];
const META_FIELDS: Record<string, number> = {
  code: 1,
  version: 2,
  kind: 3,
  name: 4,
  validFrom: 5,
  validTo: 6,
  source: 7,
  description: 8,
  summary: 9,
  precision: 10,
  minCompleteness: 11,
  scoring: 12,
};

/** Points a validation issue of the catalogue back at the sheet, row and column it came from. */
function locate(issue: ValidationIssue, raw: Record<string, unknown>, origins: WorkbookOrigins): ImportIssue {
  const path = issue.path.slice(LABEL.length + 1);
  const parts = path.split('.');
  const message = issue.message.replaceAll(`«${LABEL}.`, '«');
  const field = (list: string[], name: string | undefined) => (name && list.includes(name) ? columnLetter(list.indexOf(name) + 1) : null);
  const indicator = /^indicators\.(\d+)(?: \([^)]*\))?(?:\.(\w+))?/.exec(path);
  if (indicator) {
    return {
      sheet: SHEETS.indicators,
      row: origins.indicatorRows[Number(indicator[1])] ?? null,
      column: field(INDICATOR_FIELDS, indicator[2]),
      message,
    };
  }
  const positionByIndex = /^blocks\.(\d+)\.directions\.(\d+)\.positions\.(\d+)(?:\.(\w+))?/.exec(path);
  if (positionByIndex) {
    const blocks = raw.blocks as { directions: { positions?: { code?: unknown }[] }[] }[];
    const code = blocks[Number(positionByIndex[1])]?.directions[Number(positionByIndex[2])]?.positions?.[Number(positionByIndex[3])]?.code;
    return {
      sheet: SHEETS.positions,
      row: origins.positionRows.get(String(code)) ?? null,
      column: field(POSITION_FIELDS, positionByIndex[4]),
      message,
    };
  }
  const positionByCode = /^directions\.([^.]+)\.positions\.([^.]+)(?:\.(\w+))?/.exec(path);
  if (positionByCode) {
    return {
      sheet: SHEETS.positions,
      row: origins.positionRows.get(positionByCode[2] ?? '') ?? null,
      column: field(POSITION_FIELDS, positionByCode[3]),
      message,
    };
  }
  if (parts[0] === 'directions' || parts[0] === 'blocks') {
    const code = parts[0] === 'directions' ? parts[1] : undefined;
    return { sheet: SHEETS.directions, row: code ? (origins.directionRows.get(code) ?? null) : null, column: null, message };
  }
  if (parts[0] === 'components') return { sheet: SHEETS.components, row: null, column: null, message };
  const metaRow = META_FIELDS[parts[0] ?? ''];
  return { sheet: SHEETS.meta, row: metaRow ?? null, column: metaRow ? 'B' : null, message };
}

function toDetail(i: ImportIssue): AppErrorDetail {
  const where = [`лист «${i.sheet}»`, i.row ? `строка ${i.row}` : null, i.column ? `столбец ${i.column}` : null].filter(Boolean).join(', ');
  return {
    sheet: i.sheet,
    ...(i.row ? { row: i.row } : {}),
    ...(i.column ? { column: i.column } : {}),
    message: `${where}: ${i.message}`,
    ...(i.code ? { code: i.code } : {}),
  };
}

function refuse(issues: ImportIssue[]): never {
  // In reading order: sheet, then row, then column.
  const sheetOrder = Object.values(SHEETS) as string[];
  const sorted = [...issues].sort(
    (a, b) =>
      sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
  const details = sorted.map(toDetail);
  // a caller that gets import_invalid_cell shows the problems by sheet, row and column
  throw new AppError(
    issues.some((i) => i.row) ? 'import_invalid_cell' : 'import_invalid',
    `Файл не загружен, ничего не изменено. Ошибок: ${details.length}. Первая — ${details[0]?.message ?? ''}`,
    details,
  );
}

/**
 * Imports an edited catalogue workbook as a new version of its framework: refused whole when
 * anything is wrong (every problem listed by sheet, row and column), and when nothing changed.
 */
export async function importCatalogue(ctx: UseCaseContext, buffer: Buffer, fileName: string | null): Promise<CatalogueImported> {
  const read = await readCatalogueWorkbook(buffer);
  if (!read.raw) refuse(read.issues);
  const raw = read.raw;
  const elements = await loadDataElements(ctx.db);
  const checked = validateCatalogue(raw, LABEL, elements);
  // A cell the reader already complained about is not reported again by the validator.
  const seen = new Set(read.issues.map((i) => `${i.sheet}|${i.row}|${i.column}`));
  const located = checked.ok ? [] : checked.issues.map((i) => ({ ...locate(i, raw, read.origins), ...(i.code ? { code: i.code } : {}) }));
  const issues = [...read.issues, ...located.filter((i) => !seen.has(`${i.sheet}|${i.row}|${i.column}`))];
  if (issues.length > 0 || !checked.ok) refuse(issues);
  return ctx.db.transaction().execute(async (trx) => {
    const latest = await catalogueRepository.newestByCode(trx, checked.value.code);
    let catalogue: Catalogue = checked.value;
    if (latest) {
      if (canonicalHash({ ...catalogue, version: latest.version }) === canonicalHash(latest.content)) {
        throw new AppError(
          'catalogue_unchanged',
          `Методика «${catalogue.name}» не изменилась по сравнению с версией ${latest.version}: новая версия не создана.`,
        );
      }
      catalogue = { ...catalogue, version: latest.version + 1 };
    }
    const id = await insertFramework(
      trx,
      catalogue,
      { origin: 'import', fileName, loadedBy: ctx.actor.login },
      { actor: ctx.actor, requestId: ctx.requestId },
    );
    return { id, code: catalogue.code, version: catalogue.version };
  });
}
