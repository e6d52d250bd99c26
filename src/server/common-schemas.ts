// Kept while the routes move to `src/api` (issue #29): the old names of the shared schemas.
export { ApiErrorBody as errorSchema, errorResponses, IdParams as idParamsSchema } from '../api/common.ts';
export { OrgSummary as orgSummarySchema } from '../api/orgs.ts';
export { Me as meSchema } from '../api/me.ts';
