import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-catalogues.ts';
import * as m0003 from './0003-results.ts';
import * as m0004 from './0004-results-parts.ts';
import * as m0005 from './0005-campaigns.ts';
import * as m0006 from './0006-scoring.ts';
import * as m0007 from './0007-reports.ts';
import * as m0008 from './0008-personnel.ts';
import * as m0009 from './0009-management-cycle.ts';
import * as m0010 from './0010-assessment-results.ts';
import * as m0011 from './0011-login-attempts.ts';
import * as m0013 from './0013-org-register-import.ts';
import * as m0014 from './0014-org-life.ts';
import * as m0015 from './0015-user-life.ts';
import * as m0016 from './0016-data-import.ts';
import * as m0017 from './0017-derived-results.ts';
import * as m0018 from './0018-ratings-on-read.ts';

/** All migrations in order; names are frozen once released. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-catalogues': m0002,
  '0003-results': m0003,
  '0004-results-parts': m0004,
  '0005-campaigns': m0005,
  '0006-scoring': m0006,
  '0007-reports': m0007,
  '0008-personnel': m0008,
  '0009-management-cycle': m0009,
  '0010-assessment-results': m0010,
  '0011-login-attempts': m0011,
  '0013-org-register-import': m0013,
  '0014-org-life': m0014,
  '0015-user-life': m0015,
  '0016-data-import': m0016,
  '0017-derived-results': m0017,
  '0018-ratings-on-read': m0018,
};
