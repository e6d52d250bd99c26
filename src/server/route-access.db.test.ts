import { expect, it } from 'vitest';
import { access, sampleOf } from '../../test/helpers/route-access.ts';
import { routeAccessSuite } from '../../test/helpers/route-access-suite.ts';
import { ACCESS_SAMPLE_GROUPS, everySample } from './route-access-samples.ts';

// The route × role test runs in one file per group of routes folders (route-access-<group>.db.test.ts);
// this file checks that every registered route is in one of them, and runs the accounts group.
routeAccessSuite('accounts', {
  docs: true,
  more: () => {
    it('every registered route declares a policy', () => {
      const missing = access.t.app.routeCatalog.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
      expect(missing).toEqual([]);
      expect(access.t.app.routeCatalog.length).toBeGreaterThan(10);
    });

    /**
     * One valid request per route. A route without a sample fails the test: whoever adds a route
     * adds its sample to its folder's access-samples.ts, and so its access is tested for every role.
     */
    it('every registered route has a sample request, and every sample a route', () => {
      const samples = everySample();
      const all = Object.assign({}, ...Object.values(ACCESS_SAMPLE_GROUPS).flatMap((g) => Object.values(g)));
      const missing = access.t.app.routeCatalog
        .filter((r) => sampleOf(all, r) === null)
        .map((r) => `${r.method} ${r.url}: нет образца запроса в access-samples.ts папки маршрута`);
      expect(missing).toEqual([]);
      const registered = new Set(access.t.app.routeCatalog.map((r) => `${r.method} ${r.url}`));
      expect([...samples.keys()].filter((key) => !registered.has(key))).toEqual([]);
      // one folder per sample: the same route in two folders would run twice
      const count = Object.values(ACCESS_SAMPLE_GROUPS)
        .flatMap((g) => Object.values(g))
        .reduce((n, s) => n + Object.keys(s).length, 0);
      expect(count).toBe(samples.size);
      expect(samples.size).toBeGreaterThan(100);
    });
  },
});
