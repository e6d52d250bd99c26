import type { ReportStatus } from '../../api/reports.ts';

export { REPORT_STATUS_NAMES } from '../../domain/report/report-workflow.ts';
export { REPORT_SCOPE_NAMES } from '../../domain/report/report-content.ts';
export { MEMBER_ROLE_NAMES } from '../../domain/report/working-group-roles.ts';

export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  reviewed: 'blue',
  approved: 'gold',
  published: 'green',
};

export const STEP_NAMES: Record<string, string> = {
  generate: 'Отчёт сформирован',
  review: 'Рассмотрен рабочей группой',
  approve: 'Утверждён',
  publish: 'Опубликован',
  unpublish: 'Снят с публикации',
  new_version: 'Начата новая версия',
};
