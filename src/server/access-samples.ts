import { readable, type AccessSamples } from '../../test/helpers/route-access.ts';

/** Route × role samples of the routes build-server registers itself (the API description's JSON). */
export const accessSamples: AccessSamples = {
  ...readable(['/api/openapi.json']),
};
