import type { RegisterImportView } from '../../api/org-register.ts';
import type { RegisterPlan } from '../../domain/org/register/plan-register-import.ts';
import type { RegisterMapping } from '../../domain/org/register/register-fields.ts';

/** How many items of each list a preview shows (the counts are always whole). */
export const PREVIEW_LIST_LIMIT = 500;

export type { RegisterImportView };

export function viewOf(
  row: { id: number; file_name: string; status: 'ready' | 'applied' },
  table: { format: 'xlsx' | 'csv'; sheets: string[]; sheet: string; headers: string[]; rows: number },
  mapping: RegisterMapping,
  plan: RegisterPlan,
): RegisterImportView {
  const cut = <T>(list: T[]) => list.slice(0, PREVIEW_LIST_LIMIT);
  return {
    id: row.id,
    fileName: row.file_name,
    status: row.status,
    format: table.format,
    sheets: table.sheets,
    sheet: table.sheet,
    headers: table.headers,
    mapping,
    root: plan.root,
    counts: {
      rows: table.rows,
      created: plan.created.length,
      updated: plan.updated.length,
      unchanged: plan.unchanged.length,
      ambiguous: plan.ambiguous.length,
      unplaced: plan.unplaced.length,
      unknownTypes: plan.unknownTypes.length,
      errors: plan.errors.length,
      notes: plan.notes.length,
      skipped: plan.skipped.length,
      territoriesToCreate: plan.territories.filter((t) => t.orgId === null).length + (plan.root.kind === 'new_region' ? 1 : 0),
    },
    territories: plan.territories,
    created: cut(plan.created),
    updated: cut(plan.updated),
    ambiguous: cut(plan.ambiguous),
    unplaced: cut(plan.unplaced),
    unknownTypes: cut(plan.unknownTypes),
    errors: cut(plan.errors),
    notes: cut(plan.notes),
    unconfirmedTerritories: plan.unconfirmedTerritories,
    ready: plan.ready,
  };
}

/** The plan in a few Russian lines (the CLI prints them; the page shows the same counts). */
export function summaryLines(v: RegisterImportView): string[] {
  const c = v.counts;
  const root = v.root.kind === 'new_region' ? `новый регион «${v.root.name}» (${v.root.code})` : `«${v.root.name}» (${v.root.code})`;
  const lines = [
    `Файл «${v.fileName}», ${v.format === 'xlsx' ? `лист «${v.sheet}»` : 'CSV'}: строк ${c.rows}; загрузка в ${root}.`,
    `Новых организаций: ${c.created}; изменится: ${c.updated}; без изменений: ${c.unchanged}; повторы строк (здания одной организации): ${c.notes}; пропущено: ${c.skipped}.`,
  ];
  const newTerritories = v.territories.filter((t) => t.orgId === null);
  if (newTerritories.length)
    lines.push(`Будут созданы муниципалитеты: ${newTerritories.map((t) => `«${t.name}» (${t.code})`).join(', ')}.`);
  if (v.unconfirmedTerritories)
    lines.push(`Создание территорий не подтверждено (${v.unconfirmedTerritories}): подтвердите (--yes или флажок «Создать территории»).`);
  if (c.errors)
    lines.push(
      `Ошибок: ${c.errors}. ${v.errors
        .slice(0, 10)
        .map((e) => `Строка ${e.line}${e.column ? `, столбец «${e.column}»` : ''}: ${e.message} — ${e.fix}.`)
        .join(' ')}`,
    );
  if (c.ambiguous)
    lines.push(
      `Неоднозначных строк: ${c.ambiguous} (${v.ambiguous
        .slice(0, 5)
        .map((a) => `строка ${a.line}: ${a.reason}`)
        .join('; ')}).`,
    );
  if (c.unplaced)
    lines.push(
      `Строк без территории: ${c.unplaced} (${v.unplaced
        .slice(0, 5)
        .map((u) => `строка ${u.line}: ${u.reason}`)
        .join('; ')}${c.unplaced > 5 ? '; …' : ''}).`,
    );
  if (c.unknownTypes)
    lines.push(
      `Не распознан тип: ${v.unknownTypes
        .slice(0, 10)
        .map((u) => `«${u.text}» (строки ${u.lines.slice(0, 5).join(', ')})`)
        .join('; ')} — укажите тип.`,
    );
  return lines;
}
