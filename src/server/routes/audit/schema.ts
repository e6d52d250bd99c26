import { errorResponses } from '../../../api/common.ts';
import { AuditPage, AuditQuery } from '../../../api/audit.ts';

export const auditSchema = {
  tags: ['Журнал изменений'],
  summary: 'Журнал изменений: кто, когда, что, до и после',
  querystring: AuditQuery,
  response: { 200: AuditPage, ...errorResponses },
};
