import type { Kysely } from 'kysely';
import type { Role } from '../../domain/access/role.ts';
import type { Database } from '../../db/schema.ts';

/** What the steps share: org ids by code, the accounts made, the seed. */
export interface DemoState {
  seed: number;
  lastYear: number;
  orgIdByCode: Map<string, number>;
  accounts: DemoAccount[];
}

export interface DemoAccount {
  login: string;
  password: string;
  role: Role;
  fullName: string;
  scope: string | null;
}

export interface DemoStep {
  name: string;
  run(trx: Kysely<Database>, state: DemoState): Promise<void>;
}
