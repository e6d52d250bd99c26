import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, notFound } from '../app-error.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export interface PersonnelMunicipality {
  id: number;
  name: string;
  path: string;
}

/** The municipality whose register is meant: by id, or the one an organisation belongs to. */
export async function personnelMunicipality(db: Kysely<Database>, orgId: number): Promise<PersonnelMunicipality> {
  const org = await orgRepository.findById(db, orgId);
  if (!org) throw notFound(`Организация с id ${orgId}`);
  if (org.kind === 'municipality') return { id: org.id, name: org.name, path: org.path };
  if (org.kind !== 'organisation' || org.parent_id === null) {
    throw new AppError(
      'validation_failed',
      'Кадровый резерв и реестр руководителей ведутся по муниципалитету: укажите муниципалитет или его организацию.',
      [{ path: 'municipalityId', message: 'Укажите муниципалитет.' }],
    );
  }
  return personnelMunicipality(db, org.parent_id);
}
