import type { SubmissionStatus } from '../../domain/collection/campaign.ts';
import type { Role } from '../../domain/access/role.ts';

/** Tag colours of a form's status (and of «просрочена»). */
export const STATUS_COLORS: Record<SubmissionStatus | 'overdue', string> = {
  not_started: 'default',
  draft: 'blue',
  submitted: 'gold',
  returned: 'orange',
  accepted: 'green',
  overdue: 'red',
};

/** Short lower-case labels of the status counters of a campaign. */
export const STATUS_COUNTER_LABELS: Record<SubmissionStatus | 'overdue', string> = {
  not_started: 'не начата',
  draft: 'черновик',
  submitted: 'отправлена',
  returned: 'возвращена',
  accepted: 'принята',
  overdue: 'просрочена',
};

export const STATUS_COUNTER_ORDER: readonly (SubmissionStatus | 'overdue')[] = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'accepted',
  'overdue',
];

/** Whole percent of the fields filled (0 when the form has none). */
export function filledPercent(filled: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((filled / total) * 100));
}

/** «принято 3 из 12». */
export function acceptedLabel(accepted: number, participants: number): string {
  return `принято ${accepted} из ${participants}`;
}

/** Roles that run campaigns, review forms and edit the cyclogram (within their scope). */
export const CAMPAIGN_OPERATOR_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'regional_operator', 'municipal_operator']);
