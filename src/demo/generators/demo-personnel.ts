import type { CompetenceLevel, EducationLevel, LeaderEventKind, PostKind } from '../../domain/personnel/personnel.ts';
import { MGMT_EDUCATION_DIRECTIONS } from '../../domain/personnel/personnel.ts';
import { demoPersonName, type DemoRegion } from './demo-region.ts';
import { seededRandom, type SeededRandom } from '../../domain/statistics/seeded-random.ts';

export interface DemoLeaderEvent {
  kind: LeaderEventKind;
  heldOn: string;
  title: string;
  hours?: number;
  relevant?: boolean;
  voluntary?: boolean;
  level?: string;
}

export interface DemoLeader {
  orgCode: string;
  fullName: string;
  postKind: PostKind;
  postTitle: string;
  appointedOn: string;
  leftOn: string | null;
  educationLevel: EducationLevel;
  education: string;
  mgmtEducation: string | null;
  /** The demo account that is this person (they read their own card). */
  login: string | null;
  events: DemoLeaderEvent[];
}

export interface DemoCandidate {
  municipalityCode: string;
  fullName: string;
  workplaceCode: string;
  currentPost: string;
  targetPost: string;
  educationLevel: EducationLevel;
  mgmtEducation: string | null;
  round: number | null;
  nominatedOn: string;
  enrolledOn: string | null;
  excludedOn: string | null;
  exclusionReason: string | null;
  /** The organisation whose head mentors the candidate. */
  mentorOrgCode: string | null;
  events: { kind: 'diagnostics' | 'training'; heldOn: string; title: string; hours?: number; passed?: boolean }[];
  plan: { title: string; dueOn: string; doneOn: string | null }[];
  appointment: {
    orgCode: string;
    postKind: PostKind;
    postTitle: string;
    appointedOn: string;
    orderNumber: string;
    orderDate: string;
  } | null;
}

export interface DemoReserveSettings {
  municipalityCode: string;
  criteria: string[];
  trainingSystem: string;
  supportMechanism: string;
  orderNumber: string;
  orderDate: string;
  rounds: { title: string; heldOn: string; orderNumber: string }[];
}

export interface DemoPersonnel {
  leaders: DemoLeader[];
  candidates: DemoCandidate[];
  settings: DemoReserveSettings[];
}

/** The demo district whose reserve shows every stage (the one the demo accounts work in). */
export const DEMO_RESERVE_DISTRICT = '99-01';
/** In the demo district, this organisation's head leaves and a candidate of the reserve is appointed in their place. */
const REPLACED_HEAD = '99-01-002';
/** And this one's head leaves with nobody appointed yet: the vacancy a user fills from the reserve. */
const VACANT_HEAD = '99-01-016';

const TRAININGS = [
  'Управление качеством образования в общеобразовательной организации',
  'Реализация обновлённых ФГОС: управленческий аспект',
  'Финансово-хозяйственная деятельность руководителя',
  'Школа современного руководителя',
];
const CRITERIA = [
  'высшее образование',
  'стаж педагогической работы не менее 5 лет',
  'результаты лично-профессиональной диагностики',
  'рекомендация руководителя организации',
];

const HEAD_TITLE = { school: 'директор', kindergarten: 'заведующий', supplementary: 'директор', college: 'директор' } as const;

/**
 * Leaders of every demo organisation (heads; deputies in schools) with training, diagnostics,
 * assessments and attestations over the demo years, and a reserve in every district: in the
 * demo district, candidates at every stage (nominated, diagnosed, enrolled with plans done fully,
 * partly and little, appointed to a vacancy, excluded). Dates never pass `today`.
 */
export function generateDemoPersonnel(input: { seed: number; region: DemoRegion; lastYear: number; today: string }): DemoPersonnel {
  const rnd = seededRandom(input.seed + 11);
  const y = input.lastYear;
  const clamp = (d: string) => (d > input.today ? input.today : d);
  const date = (year: number, month: number, day: number) =>
    clamp(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const leaders: DemoLeader[] = [];
  const candidates: DemoCandidate[] = [];
  const settings: DemoReserveSettings[] = [];

  for (const m of input.region.root.children) {
    for (const org of m.children) {
      const type = org.type ?? 'school';
      const headName = typeof org.attributes.headName === 'string' ? org.attributes.headName : demoPersonName(rnd);
      const leaving = org.code === REPLACED_HEAD ? date(y, 6, 30) : org.code === VACANT_HEAD ? date(y, 11, 30) : null;
      leaders.push(
        leaderOf(
          rnd,
          {
            orgCode: org.code,
            fullName: headName,
            postKind: 'head',
            postTitle: HEAD_TITLE[type],
            leftOn: leaving,
            login: org.code === '99-01-001' ? 'demo.school' : null,
          },
          y,
          date,
        ),
      );
      const deputies = type === 'school' ? rnd.int(1, 2) : type === 'kindergarten' ? rnd.int(0, 1) : 0;
      for (let i = 0; i < deputies; i++) {
        const title =
          type === 'school' ? (i === 0 ? 'заместитель директора по УВР' : 'заместитель директора по ВР') : 'старший воспитатель';
        leaders.push(
          leaderOf(
            rnd,
            {
              orgCode: org.code,
              fullName: demoPersonName(rnd),
              postKind: i === 0 ? 'deputy' : 'team',
              postTitle: title,
              leftOn: null,
              login: null,
            },
            y,
            date,
          ),
        );
      }
    }
    const schools = m.children.filter((o) => o.type === 'school');
    const demo = m.code === DEMO_RESERVE_DISTRICT;
    const rounds = [
      {
        title: `Конкурсный отбор в резерв управленческих кадров ${y - 2} г.`,
        heldOn: date(y - 2, 2, 10),
        orderNumber: `${rnd.int(10, 40)}-од`,
      },
      { title: `Конкурсный отбор в резерв управленческих кадров ${y} г.`, heldOn: date(y, 2, 12), orderNumber: `${rnd.int(10, 40)}-од` },
    ];
    settings.push({
      municipalityCode: m.code,
      criteria: demo ? CRITERIA : CRITERIA.slice(0, rnd.int(0, 3)),
      trainingSystem:
        demo || rnd.next() < 0.6
          ? 'Муниципальная «Школа резерва»: модули по управлению, праву и финансам, стажировки в опорных школах'
          : '',
      supportMechanism: demo || rnd.next() < 0.4 ? 'Наставничество эффективных руководителей, индивидуальные планы развития' : '',
      orderNumber: `${rnd.int(100, 300)}`,
      orderDate: date(y - 2, 12, 15),
      rounds: demo ? rounds : rounds.slice(rnd.next() < 0.5 ? 1 : 0),
    });
    const workplace = () => rnd.pick(schools.length ? schools : m.children).code;
    const base = (over: Partial<DemoCandidate>): DemoCandidate => ({
      municipalityCode: m.code,
      fullName: demoPersonName(rnd),
      workplaceCode: workplace(),
      currentPost: rnd.pick(['учитель математики', 'учитель русского языка', 'заместитель директора по УВР', 'учитель начальных классов']),
      targetPost: 'директор общеобразовательной организации',
      educationLevel: 'higher',
      mgmtEducation: rnd.next() < 0.4 ? rnd.pick(MGMT_EDUCATION_DIRECTIONS) : null,
      round: 1,
      nominatedOn: date(y, 1, 20),
      enrolledOn: null,
      excludedOn: null,
      exclusionReason: null,
      mentorOrgCode: null,
      events: [],
      plan: [],
      appointment: null,
      ...over,
    });
    // The first round's cohort: nominated and enrolled two years ago.
    const firstRound = (over: Partial<DemoCandidate>) =>
      base({ round: 0, nominatedOn: date(y - 2, 1, 25), enrolledOn: date(y - 2, 3, 1), ...over });
    const diagnostics = (passed: boolean, year = y) => ({
      kind: 'diagnostics' as const,
      heldOn: date(year, 2, 25),
      title: 'Лично-профессиональная диагностика',
      passed,
    });
    const training = (year: number) => ({
      kind: 'training' as const,
      heldOn: date(year, 4, 15),
      title: 'Школа резерва: управление образовательной организацией',
      hours: 72,
    });
    const plan = (year: number, done: number, total: number) =>
      Array.from({ length: total }, (_, i) => ({
        title:
          [
            'Стажировка в опорной школе',
            'Разработка проекта программы развития',
            'Курс «Правовые основы управления»',
            'Участие в педсовете как докладчик',
            'Исполнение обязанностей директора на время отпуска',
          ][i % 5] ?? 'Пункт плана',
        dueOn: date(year, 3 + i * 2, 28),
        doneOn: i < done ? date(year, 3 + i * 2, 20) : null,
      }));
    if (demo) {
      const mentor = schools[0]?.code ?? null;
      candidates.push(
        base({}), // just nominated
        base({ events: [diagnostics(true), training(y)] }),
        base({ events: [diagnostics(false)] }),
        firstRound({
          mentorOrgCode: mentor,
          events: [diagnostics(true, y - 2), training(y - 1)],
          plan: plan(y, 4, 4),
        }),
        firstRound({
          mentorOrgCode: mentor,
          events: [diagnostics(true, y - 2), training(y)],
          plan: plan(y, 3, 5),
        }),
        base({ nominatedOn: date(y, 1, 20), enrolledOn: date(y, 3, 5), events: [diagnostics(true)], plan: plan(y, 1, 4) }),
        base({ nominatedOn: date(y, 1, 20), enrolledOn: date(y, 3, 5), events: [diagnostics(true)] }),
        firstRound({
          events: [diagnostics(true, y - 2), training(y - 1)],
          plan: plan(y - 1, 4, 4),
          appointment: {
            orgCode: REPLACED_HEAD,
            postKind: 'head',
            postTitle: 'директор',
            appointedOn: date(y, 9, 1),
            orderNumber: `${rnd.int(50, 90)}-к`,
            orderDate: date(y, 8, 25),
          },
        }),
        firstRound({
          excludedOn: date(y - 1, 10, 1),
          exclusionReason: 'переезд в другой муниципалитет',
          events: [diagnostics(true, y - 2)],
        }),
      );
    } else {
      for (let i = rnd.int(1, 4); i > 0; i--) {
        const enrolled = rnd.next() < 0.6;
        candidates.push(
          base({
            round: 1,
            enrolledOn: enrolled ? date(y, 3, 10) : null,
            events: rnd.next() < 0.7 ? [diagnostics(rnd.next() < 0.8)] : [],
            plan: enrolled ? plan(y, rnd.int(0, 4), 4) : [],
          }),
        );
      }
    }
  }
  return { leaders, candidates, settings };
}

function leaderOf(
  rnd: SeededRandom,
  who: Pick<DemoLeader, 'orgCode' | 'fullName' | 'postKind' | 'postTitle' | 'leftOn' | 'login'>,
  y: number,
  date: (year: number, month: number, day: number) => string,
): DemoLeader {
  const events: DemoLeaderEvent[] = [];
  const level = (): CompetenceLevel => (rnd.next() < 0.4 ? 'high' : rnd.next() < 0.8 ? 'medium' : 'low');
  for (const year of [y - 2, y - 1, y]) {
    if (rnd.next() < 0.5)
      events.push({
        kind: 'training',
        heldOn: date(year, rnd.int(2, 11), rnd.int(1, 28)),
        title: rnd.pick(TRAININGS),
        hours: rnd.pick([36, 72]),
        relevant: rnd.next() < 0.85,
      });
    if (who.postKind !== 'head') continue;
    if (rnd.next() < 0.6)
      events.push({
        kind: 'quality_assessment',
        heldOn: date(year, 3, rnd.int(1, 28)),
        title: 'Оценка качества управленческой деятельности',
      });
    if (rnd.next() < 0.7)
      events.push({
        kind: 'competence_assessment',
        heldOn: date(year, 4, rnd.int(1, 28)),
        title: 'Оценка профессиональных компетенций',
        level: level(),
      });
    if (rnd.next() < 0.45)
      events.push({
        kind: 'deficit_diagnostics',
        heldOn: date(year, 10, rnd.int(1, 28)),
        title: 'Диагностика профессиональных дефицитов',
        voluntary: rnd.next() < 0.8,
      });
  }
  if (who.postKind === 'head' && rnd.next() < 0.7)
    events.push({
      kind: 'attestation',
      heldOn: date(y - rnd.int(0, 2), 5, rnd.int(1, 28)),
      title: 'Аттестация руководителя',
      level: 'passed',
    });
  const educationLevel: EducationLevel = rnd.next() < 0.92 ? 'higher' : 'secondary_vocational';
  return {
    ...who,
    appointedOn: date(rnd.int(y - 18, y - 3), 9, 1),
    educationLevel,
    education: educationLevel === 'higher' ? 'высшее педагогическое' : 'среднее профессиональное педагогическое',
    mgmtEducation: rnd.next() < 0.55 ? rnd.pick(MGMT_EDUCATION_DIRECTIONS) : null,
    events: events.sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
  };
}
