import type { Kysely } from 'kysely';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import type { Database } from '../../db/schema.ts';
import type { PlaceMatch } from '../../api/place-match.ts';

/**
 * Adds to the register a place an import decided to create: a region, a municipality, or a
 * school (an organisation of type «school»), under its parent, with the code chosen for it and
 * the ИНН and ОГРН the file gave (if any).
 */
export function insertPlace(
  trx: Kysely<Database>,
  place: { level: PlaceMatch['level']; name: string; code: string; inn?: string | null; ogrn?: string | null },
  parentId: number | null,
  parent: { path: string; depth: number } | null,
) {
  return orgRepository.insert(
    trx,
    {
      parentId,
      kind: place.level,
      type: place.level === 'organisation' ? 'school' : null,
      name: place.name,
      shortName: null,
      code: place.code,
      inn: place.inn ?? null,
      ogrn: place.ogrn ?? null,
      fisOkoCode: null,
      aliases: [],
      attributes: {},
      isDemo: false,
    },
    parent?.path ?? null,
    parent?.depth ?? -1,
  );
}
