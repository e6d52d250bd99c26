import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { AppError, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/**
 * A catalogue version with indicators, by id: what every results use case starts from. A
 * mechanisms catalogue is refused with the reason (its indices come from expert scores, not
 * from organisations' data).
 */
export async function loadIndicatorCatalogue(db: UseCaseContext['db'], id: number): Promise<{ id: number; catalogue: Catalogue }> {
  const catalogue = await catalogueContent(db, id);
  if (catalogue.kind !== 'indicators') {
    throw new AppError(
      'validation_failed',
      `«${catalogue.name}» оценивает механизмы управления: её индексы считаются по баллам экспертов, а не по данным организаций. Выберите методику с показателями.`,
    );
  }
  return { id, catalogue };
}

// A catalogue version never changes once stored (a changed file needs a new version), so its
// parsed content is kept per database object: shared by every caller, changed by none.
const contents = new WeakMap<object, Map<number, Catalogue>>();

async function catalogueContent(db: UseCaseContext['db'], id: number): Promise<Catalogue> {
  let byId = contents.get(db);
  if (!byId) contents.set(db, (byId = new Map()));
  const kept = byId.get(id);
  if (kept) return kept;
  const framework = await catalogueRepository.findById(db, id);
  if (!framework) throw notFound(`Методика с id ${id}`);
  const catalogue = framework.content as Catalogue;
  byId.set(id, catalogue);
  return catalogue;
}
