import type { Kysely, Selectable } from 'kysely';
import type { Database, FrameworkTable } from '../schema.ts';

/** One version of a catalogue (table `framework`): its content is the catalogue itself. */
export type CatalogueVersionRow = Selectable<FrameworkTable>;

export const catalogueRepository = {
  async findById(db: Kysely<Database>, id: number): Promise<CatalogueVersionRow | undefined> {
    return db.selectFrom('framework').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The newest version of the catalogue with this code. */
  async newestByCode(db: Kysely<Database>, code: string): Promise<CatalogueVersionRow | undefined> {
    return db.selectFrom('framework').selectAll().where('code', '=', code).orderBy('version', 'desc').limit(1).executeTakeFirst();
  },
};
