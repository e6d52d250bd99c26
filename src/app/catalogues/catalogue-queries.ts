import type { CatalogueDetail, CatalogueSummary } from '../../api/catalogues.ts';
import type { Catalogue, DataElement } from '../../domain/catalogue/catalogue.ts';
import { formulaReferences } from '../../domain/catalogue/formula/check-formula.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import { notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { loadDataElements } from './sync-catalogues.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

export type { CatalogueSummary } from '../../api/catalogues.ts';

function summarise(row: { id: number; origin: 'file' | 'import'; loaded_at: Date; content: unknown }): CatalogueSummary {
  const c = row.content as Catalogue;
  const directions = c.blocks.flatMap((b) => b.directions);
  return {
    id: row.id,
    code: c.code,
    version: c.version,
    kind: c.kind,
    name: c.name,
    validFrom: c.validFrom,
    validTo: c.validTo,
    source: c.source,
    origin: row.origin,
    loadedAt: new Date(row.loaded_at).toISOString(),
    counts: {
      blocks: c.blocks.length,
      directions: directions.length,
      indicators: c.indicators?.length ?? 0,
      positions: directions.reduce((n, d) => n + (d.positions?.length ?? 0), 0),
    },
  };
}

/** Every framework version, newest version of each code first. */
export async function listCatalogues(ctx: UseCaseContext): Promise<CatalogueSummary[]> {
  const rows = await ctx.db
    .selectFrom('framework')
    .select(['id', 'origin', 'loaded_at', 'content'])
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(summarise);
}

/** The data elements a catalogue's formulas use, in order of first use. */
export function elementsUsedBy(catalogue: Catalogue, all: ReadonlyMap<string, DataElement>): DataElement[] {
  const codes = new Set<string>();
  for (const indicator of catalogue.indicators ?? []) {
    const parsed = parseFormula(indicator.formula);
    if (parsed.ok) for (const code of formulaReferences(parsed.node).elements) codes.add(code);
  }
  return [...codes].flatMap((code) => {
    const element = all.get(code);
    return element ? [element] : [];
  });
}

export async function getCatalogue(ctx: UseCaseContext, id: number): Promise<CatalogueDetail> {
  const row = await catalogueRepository.findById(ctx.db, id);
  if (!row) throw notFound(`Методика с id ${id}`);
  const catalogue = row.content as Catalogue;
  return { summary: summarise(row), catalogue, dataElements: elementsUsedBy(catalogue, await loadDataElements(ctx.db)) };
}
