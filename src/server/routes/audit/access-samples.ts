import { readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';

/** Route × role samples of the audit routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/audit']),
};
