import type { OrgFields } from '../../domain/org/org-fields.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { innCheckDigit, ogrnCheckDigit } from '../../domain/org/registry-codes.ts';
import { seededRandom, type SeededRandom } from '../../domain/statistics/seeded-random.ts';

export interface DemoOrg extends OrgFields {
  /** Codes of the groups (of the enclosing municipality) this organisation belongs to. */
  groups: string[];
  children: DemoOrg[];
}

export interface DemoGroup {
  /** Code of the organisation (a municipality) that owns the group. */
  scopeCode: string;
  code: string;
  name: string;
}

export interface DemoRegion {
  root: DemoOrg;
  groups: DemoGroup[];
}

interface MunicipalitySpec {
  name: string;
  shortName: string;
  centre: string;
  urban: boolean;
  schools: number;
  kindergartens: number;
  supplementary: number;
  colleges: number;
  note?: string;
}

// Sizes differ on purpose: a city of 100+ organisations down to a district of 8.
// The first one follows seed 001: 15 schools, 14 kindergartens (Promyshlennovsky district).
const MUNICIPALITIES: MunicipalitySpec[] = [
  {
    name: 'Промышленновский муниципальный округ',
    shortName: 'Промышленновский МО',
    centre: 'пгт Промышленная',
    urban: false,
    schools: 15,
    kindergartens: 14,
    supplementary: 2,
    colleges: 0,
    note: 'Смоделирован по положению о мониторинге Промышленновского муниципального округа: 15 школ, 14 детских садов',
  },
  {
    name: 'Городской округ Северогорск',
    shortName: 'ГО Северогорск',
    centre: 'г. Северогорск',
    urban: true,
    schools: 45,
    kindergartens: 58,
    supplementary: 6,
    colleges: 3,
  },
  {
    name: 'Городской округ Южноуральск',
    shortName: 'ГО Южноуральск',
    centre: 'г. Южноуральск',
    urban: true,
    schools: 28,
    kindergartens: 33,
    supplementary: 4,
    colleges: 2,
  },
  {
    name: 'Озёрский муниципальный округ',
    shortName: 'Озёрский МО',
    centre: 'г. Озёрск',
    urban: true,
    schools: 20,
    kindergartens: 22,
    supplementary: 3,
    colleges: 1,
  },
  {
    name: 'Заречный муниципальный район',
    shortName: 'Заречный МР',
    centre: 'с. Заречное',
    urban: false,
    schools: 12,
    kindergartens: 10,
    supplementary: 2,
    colleges: 0,
  },
  {
    name: 'Горный муниципальный округ',
    shortName: 'Горный МО',
    centre: 'пгт Горный',
    urban: false,
    schools: 10,
    kindergartens: 9,
    supplementary: 1,
    colleges: 1,
  },
  {
    name: 'Степной муниципальный район',
    shortName: 'Степной МР',
    centre: 'с. Степное',
    urban: false,
    schools: 8,
    kindergartens: 6,
    supplementary: 1,
    colleges: 0,
  },
  {
    name: 'Лесной муниципальный район',
    shortName: 'Лесной МР',
    centre: 'с. Лесное',
    urban: false,
    schools: 6,
    kindergartens: 5,
    supplementary: 1,
    colleges: 0,
  },
  {
    name: 'Береговой муниципальный район',
    shortName: 'Береговой МР',
    centre: 'с. Береговое',
    urban: false,
    schools: 4,
    kindergartens: 3,
    supplementary: 1,
    colleges: 0,
  },
];

// Villages with the adjective a school's name takes from them («Берёзовская СОШ»).
const VILLAGES: readonly [string, string][] = [
  ['Андреевка', 'Андреевская'],
  ['Березово', 'Берёзовская'],
  ['Вишнёвка', 'Вишнёвская'],
  ['Голубево', 'Голубевская'],
  ['Дубрава', 'Дубравинская'],
  ['Еловка', 'Еловская'],
  ['Журавлёво', 'Журавлёвская'],
  ['Зелёный Дол', 'Зеленодольская'],
  ['Ивановка', 'Ивановская'],
  ['Калиновка', 'Калиновская'],
  ['Лебеди', 'Лебедевская'],
  ['Михайловка', 'Михайловская'],
  ['Никольское', 'Никольская'],
  ['Ольховка', 'Ольховская'],
  ['Падун', 'Падунская'],
  ['Рябиновка', 'Рябиновская'],
  ['Сосновка', 'Сосновская'],
  ['Тарабарино', 'Тарабаринская'],
  ['Уфимцево', 'Уфимцевская'],
  ['Фёдоровка', 'Фёдоровская'],
  ['Хмелёвка', 'Хмелёвская'],
  ['Цветково', 'Цветковская'],
  ['Черёмушки', 'Черёмушкинская'],
  ['Шипицино', 'Шипицинская'],
  ['Ягодное', 'Ягоднинская'],
];

function village(index: number): [string, string] {
  return VILLAGES[index % VILLAGES.length] ?? ['Андреевка', 'Андреевская'];
}
const STREETS = [
  'Ленина',
  'Советская',
  'Школьная',
  'Садовая',
  'Молодёжная',
  'Мира',
  'Центральная',
  'Набережная',
  'Гагарина',
  'Строителей',
  'Лесная',
  'Победы',
];
const KINDERGARTEN_NAMES = [
  'Солнышко',
  'Ромашка',
  'Берёзка',
  'Колокольчик',
  'Теремок',
  'Радуга',
  'Светлячок',
  'Золотой ключик',
  'Родничок',
  'Сказка',
  'Ласточка',
  'Алёнушка',
];
const SUPPLEMENTARY_NAMES = [
  'Дом детского творчества',
  'Детско-юношеская спортивная школа',
  'Центр детского (юношеского) технического творчества',
  'Станция юных натуралистов',
  'Детская школа искусств',
  'Центр дополнительного образования',
];
const SURNAMES = [
  'Иванова',
  'Петрова',
  'Смирнова',
  'Кузнецова',
  'Попова',
  'Соколова',
  'Морозова',
  'Волкова',
  'Зайцева',
  'Павлова',
  'Семёнова',
  'Голубева',
];
const GIVEN = [
  'Елена Викторовна',
  'Ольга Николаевна',
  'Наталья Ивановна',
  'Татьяна Петровна',
  'Ирина Сергеевна',
  'Светлана Александровна',
  'Марина Юрьевна',
  'Людмила Анатольевна',
];

const REGION_CODE = '99';

/** A 10-digit ИНН with a valid check digit, unique per (municipality, serial). */
function makeInn(municipality: number, serial: number): string {
  const first9 = `${REGION_CODE}${String(municipality).padStart(2, '0')}${String(serial).padStart(5, '0')}`;
  return first9 + String(innCheckDigit(first9));
}

/** A 13-digit ОГРН with a valid check digit. */
function makeOgrn(municipality: number, serial: number, rnd: SeededRandom): string {
  const first12 = `1${String(rnd.int(2, 22)).padStart(2, '0')}${REGION_CODE}${String(municipality).padStart(2, '0')}${String(serial).padStart(5, '0')}`;
  return first12 + String(ogrnCheckDigit(first12));
}

/** A synthetic full name (surname, name and patronymic) for demo people. */
export function demoPersonName(rnd: SeededRandom): string {
  return `${rnd.pick(SURNAMES)} ${rnd.pick(GIVEN)}`;
}

function schoolNames(
  index: number,
  spec: MunicipalitySpec,
  rnd: SeededRandom,
): { name: string; short: string; aliases: string[]; rural: boolean; place: string; basic?: boolean } {
  const rural = !spec.urban && index > 2;
  const [villageName, adjective] = village(index * 7);
  const place = rural ? `с. ${villageName}` : spec.centre;
  const number = index + 1;
  if (rural) {
    const basic = rnd.next() < 0.3;
    const kind = basic ? 'основная общеобразовательная школа' : 'средняя общеобразовательная школа';
    const abbr = basic ? 'ООШ' : 'СОШ';
    return {
      name: `Муниципальное бюджетное общеобразовательное учреждение «${adjective} ${kind}»`,
      short: `МБОУ «${adjective} ${abbr}»`,
      aliases: [`${adjective} ${abbr}`, `${abbr} ${place}`],
      rural,
      place,
      basic,
    };
  }
  if (index === 0 && spec.urban) {
    return {
      name: `Муниципальное бюджетное общеобразовательное учреждение «Лицей № ${number}»`,
      short: `МБОУ «Лицей № ${number}»`,
      aliases: [`Лицей № ${number}`, `Лицей №${number}`],
      rural,
      place,
    };
  }
  if (index === 1 && spec.urban) {
    return {
      name: `Муниципальное автономное общеобразовательное учреждение «Гимназия № ${number}»`,
      short: `МАОУ «Гимназия № ${number}»`,
      aliases: [`Гимназия № ${number}`, `Гимназия №${number}`],
      rural,
      place,
    };
  }
  return {
    name: `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${number}»`,
    short: `МБОУ «СОШ № ${number}»`,
    aliases: [`СОШ № ${number}`, `СОШ №${number}`, `Школа № ${number} ${place}`],
    rural,
    place,
  };
}

interface OrgDraft {
  type: OrgType;
  name: string;
  shortName: string;
  aliases: string[];
  rural: boolean;
  place: string;
  pupils: number;
  staff: number;
  /** Levels of general education a school teaches (register attribute `levels`): a basic school has no СОО. */
  levels?: string[];
}

function draftsFor(spec: MunicipalitySpec, rnd: SeededRandom): OrgDraft[] {
  const drafts: OrgDraft[] = [];
  for (let i = 0; i < spec.schools; i++) {
    const n = schoolNames(i, spec, rnd);
    const pupils = n.rural ? rnd.int(40, 320) : rnd.int(450, 1400);
    drafts.push({
      type: 'school',
      name: n.name,
      shortName: n.short,
      aliases: n.aliases,
      rural: n.rural,
      place: n.place,
      pupils,
      staff: Math.round(pupils / rnd.int(9, 14)) + 8,
      levels: n.basic ? ['НОО', 'ООО'] : ['НОО', 'ООО', 'СОО'],
    });
  }
  for (let i = 0; i < spec.kindergartens; i++) {
    const rural = !spec.urban && i > 3;
    const place = rural ? `с. ${village(i * 5 + 3)[0]}` : spec.centre;
    const title = KINDERGARTEN_NAMES[i % KINDERGARTEN_NAMES.length] ?? 'Солнышко';
    const number = i + 1;
    const pupils = rural ? rnd.int(15, 80) : rnd.int(90, 320);
    drafts.push({
      type: 'kindergarten',
      name: `Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № ${number} «${title}»»`,
      shortName: `МБДОУ «Детский сад № ${number} «${title}»»`,
      aliases: [`Детский сад № ${number}`, `д/с № ${number} «${title}»`],
      rural,
      place,
      pupils,
      staff: Math.round(pupils / rnd.int(5, 8)) + 5,
    });
  }
  for (let i = 0; i < spec.supplementary; i++) {
    const title = SUPPLEMENTARY_NAMES[i % SUPPLEMENTARY_NAMES.length] ?? 'Дом детского творчества';
    const pupils = rnd.int(300, 1800);
    drafts.push({
      type: 'supplementary',
      name: `Муниципальное бюджетное учреждение дополнительного образования «${title}»`,
      shortName: `МБУ ДО «${title}»`,
      aliases: [title],
      rural: false,
      place: spec.centre,
      pupils,
      staff: Math.round(pupils / rnd.int(25, 40)) + 4,
    });
  }
  const town = spec.centre.replace(/^(г\.|пгт|с\.)\s*/, '');
  const collegeTitles = ['политехнический техникум', 'педагогический колледж', 'аграрный техникум'];
  for (let i = 0; i < spec.colleges; i++) {
    const title = collegeTitles[i % collegeTitles.length] ?? 'техникум';
    const pupils = rnd.int(400, 1500);
    drafts.push({
      type: 'college',
      name: `Государственное профессиональное образовательное учреждение «${town}ский ${title}»`,
      shortName: `ГПОУ «${town}ский ${title}»`,
      aliases: [`${town}ский ${title}`],
      rural: false,
      place: spec.centre,
      pupils,
      staff: Math.round(pupils / rnd.int(12, 18)) + 10,
    });
  }
  return drafts;
}

const FIS_PREFIX: Record<OrgType, string> = { school: 'sch', kindergarten: 'doo', supplementary: 'udo', college: 'spo' };

/**
 * The demo region: deterministic synthetic data (same seed, same region) with plausible
 * names, valid ИНН/ОГРН check digits, ФИС ОКО logins and name aliases for later imports.
 */
export function generateDemoRegion(seed = 2026): DemoRegion {
  const rnd = seededRandom(seed);
  const groups: DemoGroup[] = [];
  const municipalities: DemoOrg[] = MUNICIPALITIES.map((spec, m) => {
    const mNo = m + 1;
    const mCode = `${REGION_CODE}-${String(mNo).padStart(2, '0')}`;
    groups.push(
      { scopeCode: mCode, code: 'rural-schools', name: 'Сельские школы' },
      { scopeCode: mCode, code: 'hub-schools', name: 'Опорные школы' },
    );
    const children = draftsFor(spec, rnd).map((d, i): DemoOrg => {
      const serial = i + 1;
      const street = rnd.pick(STREETS);
      const orgGroups: string[] = [];
      if (d.type === 'school' && d.rural) orgGroups.push('rural-schools');
      if (d.type === 'school' && i < 2) orgGroups.push('hub-schools');
      return {
        kind: 'organisation',
        type: d.type,
        name: d.name,
        shortName: d.shortName,
        code: `${mCode}-${String(serial).padStart(3, '0')}`,
        inn: makeInn(mNo, serial),
        ogrn: makeOgrn(mNo, serial, rnd),
        fisOkoCode: `${FIS_PREFIX[d.type]}${REGION_CODE}${String(mNo).padStart(2, '0')}${String(serial).padStart(3, '0')}`,
        aliases: d.aliases,
        attributes: {
          settlement: d.rural ? 'rural' : 'urban',
          pupils: d.pupils,
          staff: d.staff,
          address: `${d.place}, ул. ${street}, д. ${rnd.int(1, 60)}`,
          headName: demoPersonName(rnd),
          ...(d.levels ? { levels: d.levels } : {}),
        },
        groups: orgGroups,
        children: [],
      };
    });
    return {
      kind: 'municipality',
      type: null,
      name: spec.name,
      shortName: spec.shortName,
      code: mCode,
      inn: makeInn(mNo, 0),
      ogrn: makeOgrn(mNo, 0, rnd),
      fisOkoCode: `mun${REGION_CODE}${String(mNo).padStart(2, '0')}`,
      aliases: [spec.shortName],
      attributes: { settlement: spec.urban ? 'urban' : 'rural', centre: spec.centre, ...(spec.note ? { note: spec.note } : {}) },
      groups: [],
      children,
    };
  });
  const root: DemoOrg = {
    kind: 'region',
    type: null,
    name: 'Демонстрационная область',
    shortName: 'Демо-область',
    code: REGION_CODE,
    inn: null,
    ogrn: null,
    fisOkoCode: `reg${REGION_CODE}`,
    aliases: [],
    attributes: { note: 'Синтетические данные для знакомства с системой' },
    groups: [],
    children: municipalities,
  };
  return { root, groups };
}
