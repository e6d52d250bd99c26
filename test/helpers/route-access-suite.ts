import { afterAll, beforeAll, describe, it } from 'vitest';
import { samplesOfGroup } from '../../src/server/route-access-samples.ts';
import { access, checkRouteAccess, openRouteAccessApp } from './route-access.ts';

/**
 * The route × role test of one group of routes folders, on a server of its own (one test file
 * per group, so that the groups run in parallel). `docs`: also the API description's pages;
 * `more`: further tests on the same server.
 */
export function routeAccessSuite(group: string, options: { docs?: boolean; more?: () => void } = {}): void {
  describe(`access policy of the ${group} routes`, () => {
    beforeAll(openRouteAccessApp);
    afterAll(async () => {
      await access.t.close();
    });
    options.more?.();

    // the group's routes × 8 callers, each with audit counts: minutes on PostgreSQL on a 2-core machine
    it('calls every route as every role and anonymously: allowed or refused as declared; writes are audited', async () => {
      await checkRouteAccess(samplesOfGroup(group), options);
    }, 600_000);
  });
}
