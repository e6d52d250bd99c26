export {
  CANDIDATE_STATUS_NAMES,
  COMPETENCE_LEVEL_NAMES,
  EDUCATION_LEVEL_NAMES,
  LEADER_EVENT_NAMES,
  MGMT_EDUCATION_DIRECTIONS,
  POST_KIND_NAMES,
} from '../../domain/personnel/personnel.ts';
export type { CandidateStatus, EducationLevel, LeaderEventKind, PostKind } from '../../domain/personnel/personnel.ts';
export { COMPLETION_BAND_NAMES } from '../../domain/personnel/plan-completion.ts';
export { LEADER_ZONE_NAMES } from '../../domain/personnel/leader-zone.ts';
export type { LeaderZone } from '../../domain/personnel/leader-zone.ts';

export { PERSONNEL_ROLES } from '../../domain/personnel/personnel.ts';

export const CANDIDATE_STATUS_COLORS = { nominated: 'blue', enrolled: 'geekblue', appointed: 'green', excluded: 'default' } as const;
