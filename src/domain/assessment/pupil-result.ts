import type { AssessmentKind, OrgRef, SourceRef } from './assessment-kind.ts';

/** One pupil's result in one subject of one procedure, as read from a pupil-level row. */
export interface PupilResult {
  source: SourceRef;
  kind: AssessmentKind;
  year: number;
  org: OrgRef;
  /** A pseudonymous key (152-ФЗ: never a name); null when the file has none. */
  pupil: string | null;
  subject: string | null;
  grade: string | null;
  stage: string | null;
  mark: number | null;
  score: number | null;
  termMark: number | null;
  /** Olympiad: winner / prizewinner / participant; functional literacy: reached the base level or not. */
  status: 'winner' | 'prizewinner' | 'participant' | 'success' | 'fail' | null;
}

/** The status as files write it («победитель», «призёр», «базовый», «ниже базового»…), or undefined when unknown. */
export function parseStatus(raw: string): PupilResult['status'] | undefined {
  const s = raw.trim().toLowerCase().replace(/ё/g, 'е');
  if (s === '') return null;
  if (/^побед/.test(s)) return 'winner';
  if (/^приз/.test(s)) return 'prizewinner';
  if (/^участ/.test(s)) return 'participant';
  if (/ниже|недостат|низк|не достиг|не справ/.test(s)) return 'fail';
  if (/базов|повыш|высок|средн|достиг|справ/.test(s)) return 'success';
  return undefined;
}
