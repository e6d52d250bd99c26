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

  /** A version of the catalogue with this code: the given one, or the newest. */
  async byCode(db: Kysely<Database>, code: string, version?: number): Promise<CatalogueVersionRow | undefined> {
    if (version === undefined) return this.newestByCode(db, code);
    return db.selectFrom('framework').selectAll().where('code', '=', code).where('version', '=', version).executeTakeFirst();
  },

  /** The newest version of every catalogue of a kind, by code. */
  async newestOfEachCode(db: Kysely<Database>, kind: CatalogueVersionRow['kind']): Promise<CatalogueVersionRow[]> {
    const rows = await db.selectFrom('framework').selectAll().where('kind', '=', kind).orderBy('code').orderBy('version', 'desc').execute();
    return rows.filter((r, i) => i === 0 || rows[i - 1]?.code !== r.code);
  },
};
