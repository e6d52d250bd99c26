import type { AccessSamples } from '../../test/helpers/route-access.ts';
import { accessSamples as server } from './access-samples.ts';
import { accessSamples as assessments } from './routes/assessments/access-samples.ts';
import { accessSamples as audit } from './routes/audit/access-samples.ts';
import { accessSamples as auth } from './routes/auth/access-samples.ts';
import { accessSamples as campaigns } from './routes/campaigns/access-samples.ts';
import { accessSamples as catalogues } from './routes/catalogues/access-samples.ts';
import { accessSamples as cycle } from './routes/cycle/access-samples.ts';
import { accessSamples as dataImports } from './routes/data-imports/access-samples.ts';
import { accessSamples as health } from './routes/health/access-samples.ts';
import { accessSamples as local } from './routes/local/access-samples.ts';
import { accessSamples as orgs } from './routes/orgs/access-samples.ts';
import { accessSamples as periods } from './routes/periods/access-samples.ts';
import { accessSamples as personnel } from './routes/personnel/access-samples.ts';
import { accessSamples as publicDocuments } from './routes/public/access-samples.ts';
import { accessSamples as reports } from './routes/reports/access-samples.ts';
import { accessSamples as results } from './routes/results/access-samples.ts';
import { accessSamples as schoolsAtRisk } from './routes/schools-at-risk/access-samples.ts';
import { accessSamples as scoring } from './routes/scoring/access-samples.ts';
import { accessSamples as setup } from './routes/setup/access-samples.ts';
import { accessSamples as users } from './routes/users/access-samples.ts';

/**
 * The route × role samples of every routes folder (and of the routes build-server registers
 * itself), in the groups the route-access test files run in parallel. A new routes folder adds
 * its `access-samples.ts` here, in one group.
 */
export const ACCESS_SAMPLE_GROUPS: Record<string, Record<string, AccessSamples>> = {
  accounts: { server, health, auth, setup, local, audit, users, periods, orgs },
  collection: { catalogues, results, campaigns, dataImports, assessments, schoolsAtRisk },
  reports: { reports, publicDocuments, cycle },
  people: { scoring, personnel },
};

/** The samples of a group, by `METHOD /url`. */
export function samplesOfGroup(group: string): AccessSamples {
  return Object.assign({}, ...Object.values(ACCESS_SAMPLE_GROUPS[group] ?? {})) as AccessSamples;
}

/** Every sample, by `METHOD /url`, with the group that runs it. */
export function everySample(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, folders] of Object.entries(ACCESS_SAMPLE_GROUPS))
    for (const samples of Object.values(folders)) for (const key of Object.keys(samples)) out.set(key, group);
  return out;
}
