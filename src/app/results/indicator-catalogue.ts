import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { AppError, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';

/**
 * A catalogue version with indicators, by id: what every results use case starts from. A
 * mechanisms catalogue is refused with the reason (its indices come from expert scores, not
 * from organisations' data).
 */
export async function loadIndicatorCatalogue(db: UseCaseContext['db'], id: number): Promise<{ id: number; catalogue: Catalogue }> {
  const framework = await db.selectFrom('framework').select(['id', 'content']).where('id', '=', id).executeTakeFirst();
  if (!framework) throw notFound(`Методика с id ${id}`);
  const catalogue = framework.content as Catalogue;
  if (catalogue.kind !== 'indicators') {
    throw new AppError(
      'validation_failed',
      `«${catalogue.name}» оценивает механизмы управления: её индексы считаются по баллам экспертов, а не по данным организаций. Выберите методику с показателями.`,
    );
  }
  return { id: framework.id, catalogue };
}
