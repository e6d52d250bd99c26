import { readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';

/** Route × role samples of the health routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/health', '/api/meta']),
};
