import { routeAccessSuite } from '../../test/helpers/route-access-suite.ts';

routeAccessSuite('collection');
