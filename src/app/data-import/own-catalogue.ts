import type { Catalogue, DataElement, Indicator } from '../../domain/catalogue/catalogue.ts';
import { validateCatalogue } from '../../domain/catalogue/validate-catalogue.ts';
import type { DataTableMapping } from '../../domain/data-import/data-table-mapping.ts';
import { canonicalHash } from '../catalogues/canonical-hash.ts';

/** A new version of a territory's own catalogue, holding the shares defined at an import. */
export interface OwnCatalogueChange {
  catalogue: Catalogue;
  /** Names of the shares added or changed. */
  shares: string[];
}

interface ElementLike {
  code: string;
  name: string;
  unit: DataElement['unit'];
  valueType: DataElement['valueType'];
}

/** The code of a territory's own catalogue: `own-<territory code>` (or `own` for the whole system). */
export function ownCatalogueCode(territory: { code: string } | null): string {
  const slug = territory
    ? territory.code
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
    : '';
  return slug ? `own-${slug}`.slice(0, 80) : 'own';
}

/**
 * The shares the mapping defines (numerator / denominator × 100, of two of its columns or of any
 * data element) as indicators of the territory's own catalogue: a new version when one is added
 * or changed, none when the latest version has them already. Organisation level, schools, rated
 * like any catalogue indicator (within each municipality). Problems are returned, not thrown.
 */
export function ownCatalogueChange(
  territory: { code: string; name: string } | null,
  frameworks: readonly { code: string; version: number; content: unknown }[],
  mapping: DataTableMapping,
  header: readonly string[],
  columns: ReadonlyMap<string, ElementLike>,
  all: ReadonlyMap<string, DataElement>,
  periodKind: string,
): { change: OwnCatalogueChange | null; formulas: string[]; problems: string[] } {
  const shares = mapping.shares ?? [];
  if (shares.length === 0) return { change: null, formulas: [], problems: [] };
  const problems: string[] = [];
  const code = ownCatalogueCode(territory);
  const latest = frameworks.filter((f) => f.code === code).sort((a, b) => b.version - a.version)[0];
  const base: Catalogue = latest
    ? (latest.content as Catalogue)
    : {
        code,
        version: 1,
        kind: 'indicators',
        name: `Собственные показатели${territory ? ` — ${territory.name}` : ''}`,
        validFrom: '2000-01-01',
        validTo: null,
        source: 'Показатели, определённые при загрузке таблиц данных',
        blocks: [{ code: 'own', name: 'Собственные показатели', directions: [{ code: 'own', name: 'Показатели из загруженных таблиц' }] }],
        indicators: [],
      };
  const elementOf = (ref: string): ElementLike | undefined => {
    if (header.includes(ref)) {
      const role = mapping.columns[ref];
      const c = role?.role === 'value' ? role.element : undefined;
      const fromColumn =
        [...columns.values()].find((e) => e.code === c) ??
        (role?.role === 'new_element' ? [...columns.values()].find((e) => e.name === (role.name.trim() || ref)) : undefined);
      if (fromColumn) return fromColumn;
    }
    return columns.get(ref) ?? all.get(ref);
  };
  let indicators = [...(base.indicators ?? [])];
  const changed: string[] = [];
  const formulas: string[] = [];
  for (const s of shares) {
    const num = elementOf(s.numerator);
    const den = elementOf(s.denominator);
    if (!num) problems.push(`доля «${s.name}»: числитель «${s.numerator}» — не столбец таблицы и не элемент данных`);
    if (!den) problems.push(`доля «${s.name}»: знаменатель «${s.denominator}» — не столбец таблицы и не элемент данных`);
    if (!num || !den) continue;
    if (num.code === den.code) {
      problems.push(`доля «${s.name}»: числитель и знаменатель — один и тот же элемент «${num.name}»`);
      continue;
    }
    const formula = `ratio(${num.code}, ${den.code})`;
    formulas.push(formula);
    const indicator: Indicator = {
      code: s.code ?? `share_${num.code}_${den.code}`.slice(0, 80),
      name: s.name.trim() || `${num.name} / ${den.name}, %`,
      directions: [base.blocks[0]?.directions[0]?.code ?? 'own'],
      unit: 'percent',
      polarity: s.polarity ?? 'higher_better',
      periodKind: periodKind === 'calendar_year' ? 'calendar_year' : 'school_year',
      orgTypes: ['school'],
      method: 'open_sources',
      formula,
      source: `${num.name} / ${den.name} × 100`,
    };
    const at = indicators.findIndex((i) => i.code === indicator.code);
    if (at >= 0 && canonicalHash(indicators[at]) === canonicalHash(indicator)) continue;
    indicators = at >= 0 ? indicators.map((i, k) => (k === at ? indicator : i)) : [...indicators, indicator];
    changed.push(indicator.name);
  }
  if (changed.length === 0 || problems.length) return { change: null, formulas, problems };
  const catalogue: Catalogue = { ...base, version: latest ? latest.version + 1 : 1, indicators };
  const known = new Map<string, DataElement>(all);
  for (const e of columns.values()) if (!known.has(e.code)) known.set(e.code, { ...e, level: 'organisation', breakdowns: [] });
  const checked = validateCatalogue(catalogue, 'методика', known);
  if (!checked.ok) return { change: null, formulas, problems: checked.issues.map((i) => `собственная методика: ${i.message}`) };
  return { change: { catalogue: checked.value, shares: changed }, formulas, problems };
}
