import type { OrgType } from '../org-kind.ts';

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim()} `;

/** Words real registers write for a type; checked in this order (a kindergarten-school is a school). */
const WORDS: [OrgType, RegExp][] = [
  ['college', / (колледж|техникум|училище|спо|профессиональн[а-я]* образовательн[а-я]*) /],
  [
    'supplementary',
    / (дюсш|сдюсшор|сшор|дшi|дши|дмш|дхш|цдо|цдт|ддт|дют|цтр|дополнительного образования|дом детского творчества|дворец детского|детско юношеск[а-я]* спортивн[а-я]*|спортивная школа|музыкальная школа|художественная школа|школа искусств|центр детского творчества|станция юных) /,
  ],
  [
    'school',
    / (сош|оош|нош|цо|соши|лицей|гимнази[яи]|прогимназия|кадетск[а-я]*|школа|школа интернат|общеобразовательн[а-я]*|центр образования|образовательный центр|общее образование|school|school_type) /,
  ],
  ['kindergarten', / (детский сад|ясли|доу|мбдоу|мадоу|мкдоу|гбдоу|дошкольн[а-я]*|д с|kindergarten) /],
];

const CODES: Record<string, OrgType> = {
  school: 'school',
  kindergarten: 'kindergarten',
  supplementary: 'supplementary',
  college: 'college',
  'общеобразовательная организация': 'school',
  'дошкольная образовательная организация': 'kindergarten',
  'организация дополнительного образования': 'supplementary',
  'профессиональная образовательная организация': 'college',
};

/**
 * The type of an organisation from the words of a type cell or its name («Средняя
 * общеобразовательная школа», «СОШ», «Лицей», «Детский сад», «ДЮСШ», «колледж»…); null when
 * nothing is recognised — the caller asks, never guesses. A preschool group inside a school
 * («школа — детский сад») counts as a school; a school of arts or sports as supplementary.
 */
export function recogniseOrgType(text: string): OrgType | null {
  const exact = CODES[text.trim().toLowerCase().replace(/ё/g, 'е')];
  if (exact) return exact;
  const t = norm(text);
  if (t.trim() === '') return null;
  for (const [type, re] of WORDS) if (re.test(t)) return type;
  return null;
}
