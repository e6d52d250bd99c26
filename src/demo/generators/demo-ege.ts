import { subjectCode } from '../../domain/assessment/subjects.ts';
import { EGE_MIN_SCORES } from '../../domain/assessment/thresholds.ts';
import { seededRandom, type SeededRandom } from '../../domain/statistics/seeded-random.ts';

/** A demo school with its graduates of one year. */
export interface DemoGraduates {
  orgCode: string;
  graduates: number;
}

const ELECTIVES = ['Обществознание', 'Физика', 'История', 'Биология', 'Химия', 'Информатика', 'Английский язык', 'Литература', 'География'];

const clamp = (x: number) => Math.max(0, Math.min(100, Math.round(x)));

/**
 * The five-point mark of a test score, as regional centres convert it for schools: «2» below the
 * minimum, then three equal steps of the rest of the scale («3», «4», «5»).
 */
export function egeMarkOf(subject: string, score: number): number {
  const min = EGE_MIN_SCORES[subjectCode(subject) ?? ''] ?? 0;
  if (score < min) return 2;
  const step = (100 - min) / 3;
  return score < min + step ? 3 : score < min + 2 * step ? 4 : 5;
}

/** The term mark a school gave: most agree with the exam, some schools (the inflating ones) raise a good share. */
function termMarkOf(mark: number, inflating: boolean, rnd: SeededRandom): number {
  const r = rnd.next();
  const shift = inflating ? (r < 0.45 ? 1 : r < 0.5 ? -1 : 0) : r < 0.12 ? 1 : r < 0.2 ? -1 : 0;
  return Math.max(3, Math.min(5, mark + shift));
}

/**
 * A pupil-level ЕГЭ file of one exam year for the demo schools, as the regional processing
 * centre exports it (code of the school, a pseudonymous pupil key, subject, test score, or the
 * mark for basic mathematics, the five-point mark of the exam and the term mark from the school's
 * register, so objectivity can be read). Every graduate sits Russian and one mathematics and one or two
 * electives; scores are spread around the school's own level, so schools differ and a few have
 * graduates below the minimum. Deterministic for a seed.
 */
export function demoEgeCsv(schools: readonly DemoGraduates[], year: number, seed: number): string {
  const rnd = seededRandom(seed + year);
  const normal = () => {
    let s = 0;
    for (let i = 0; i < 6; i++) s += rnd.next();
    return (s - 3) / Math.sqrt(0.5);
  };
  const rows = ['Код ОО;Код участника;Предмет;Тестовый балл;Отметка;Годовая отметка'];
  for (const school of schools) {
    const weak = school.orgCode.endsWith('7');
    const inflating = weak || school.orgCode.endsWith('3');
    const level = normal() * 6 + (weak ? -12 : 0);
    const scored = (pupil: string, subject: string, score: number) => {
      const mark = egeMarkOf(subject, score);
      rows.push(`${school.orgCode};${pupil};${subject};${score};${mark};${termMarkOf(mark, inflating, rnd)}`);
    };
    for (let p = 0; p < school.graduates; p++) {
      const pupil = `${school.orgCode}-${year}-${p + 1}`;
      scored(pupil, 'Русский язык', clamp(68 + level + normal() * 12));
      if (rnd.next() < 0.45) scored(pupil, 'Математика (профильный уровень)', clamp(58 + level + normal() * 15));
      else {
        const mark = Math.max(2, Math.min(5, Math.round(4 + level / 15 + normal() * 0.8)));
        rows.push(`${school.orgCode};${pupil};Математика (базовый уровень);;${mark};${termMarkOf(mark, inflating, rnd)}`);
      }
      const electives = 1 + (rnd.next() < 0.5 ? 1 : 0);
      const taken = new Set<string>();
      while (taken.size < electives) taken.add(rnd.pick(ELECTIVES));
      for (const subject of taken) scored(pupil, subject, clamp(64 + level + normal() * 13));
    }
  }
  return `${rows.join('\n')}\n`;
}
