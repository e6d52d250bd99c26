import type { Kysely } from 'kysely';
import type { Catalogue, DataElement } from '../../domain/catalogue/catalogue.ts';
import { breakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import { demoPeriods } from '../generators/demo-periods.ts';
import { demoSubCounts } from '../generators/demo-sub-counts.ts';
import { demoValuePeriods, generateDemoValues } from '../generators/demo-values.ts';
import { generateDemoRegion, type DemoOrg } from '../generators/demo-region.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import type { Database } from '../../db/schema.ts';
import { loadDataElements } from '../../app/catalogues/sync-catalogues.ts';
import { demoContextValues } from '../generators/demo-context.ts';
import { formulaReferences } from '../../domain/catalogue/formula/check-formula.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import { generatePassword, hashPassword } from '../../app/password.ts';
import { loadDemoPersonnel } from './demo-personnel.ts';
import type { DemoState, DemoStep } from './demo-state.ts';
import type { Role } from '../../domain/access/role.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

async function insertTree(
  trx: Kysely<Database>,
  org: DemoOrg,
  parent: { id: number; path: string; depth: number } | null,
  state: DemoState,
) {
  const row = await orgRepository.insert(
    trx,
    {
      parentId: parent?.id ?? null,
      kind: org.kind,
      type: org.type,
      name: org.name,
      shortName: org.shortName,
      code: org.code,
      inn: org.inn,
      ogrn: org.ogrn,
      fisOkoCode: org.fisOkoCode,
      aliases: org.aliases,
      attributes: org.attributes,
      isDemo: true,
    },
    parent?.path ?? null,
    parent?.depth ?? 0,
  );
  state.orgIdByCode.set(org.code, row.id);
  for (const child of org.children) await insertTree(trx, child, row, state);
}

const DEMO_USERS: { login: string; role: Role; fullName: string; scopeCode: string | null }[] = [
  { login: 'demo.admin', role: 'admin', fullName: 'Администратор системы (демо)', scopeCode: null },
  { login: 'demo.region', role: 'regional_operator', fullName: 'Оператор РСОКО (демо)', scopeCode: '99' },
  { login: 'demo.municipal', role: 'municipal_operator', fullName: 'Методист ИМЦ Промышленновского МО (демо)', scopeCode: '99-01' },
  { login: 'demo.expert', role: 'expert', fullName: 'Муниципальный эксперт (демо)', scopeCode: '99-01' },
  { login: 'demo.school', role: 'org_representative', fullName: 'Ответственный за мониторинг в школе (демо)', scopeCode: '99-01-001' },
  { login: 'demo.viewer', role: 'viewer', fullName: 'Наблюдатель управления образования (демо)', scopeCode: '99' },
];

/** The framework whose indicators the demo values feed, and the source the values carry. */
const DEMO_VALUES_FRAMEWORK = 'seed001-municipal';
const LEADERS_FRAMEWORK = 'seed003-leaders';
export const DEMO_VALUES_SOURCE = 'демо-данные';
const DEMO_VALUES_BATCH = 5000;

/**
 * The demo, step by step. Later features add their demo data by appending a step here
 * (campaigns, results, reports…): each step runs in the same transaction after the ones before.
 */
export const DEMO_STEPS: DemoStep[] = [
  {
    name: 'Организации',
    async run(trx, state) {
      const region = generateDemoRegion(state.seed);
      await insertTree(trx, region.root, null, state);
      for (const g of region.groups) {
        const scopeId = state.orgIdByCode.get(g.scopeCode);
        if (scopeId === undefined) continue;
        const group = await trx
          .insertInto('org_group')
          .values({ scope_org_id: scopeId, code: g.code, name: g.name })
          .returning('id')
          .executeTakeFirstOrThrow();
        const municipality = region.root.children.find((m) => m.code === g.scopeCode);
        const members = (municipality?.children ?? []).filter((o) => o.groups.includes(g.code));
        for (const m of members) {
          const orgId = state.orgIdByCode.get(m.code);
          if (orgId !== undefined) await trx.insertInto('org_group_member').values({ group_id: group.id, org_id: orgId }).execute();
        }
      }
    },
  },
  {
    name: 'Периоды',
    async run(trx, state) {
      for (const p of demoPeriods(state.lastYear)) {
        await trx
          .insertInto('period')
          .values({ code: p.code, kind: p.kind, name: p.name, starts_on: p.startsOn, ends_on: p.endsOn })
          .execute();
      }
    },
  },
  {
    name: 'Учётные записи',
    async run(trx, state) {
      for (const u of DEMO_USERS) {
        const password = generatePassword({ login: u.login, fullName: u.fullName });
        const scopeId = u.scopeCode === null ? null : (state.orgIdByCode.get(u.scopeCode) ?? null);
        await trx
          .insertInto('app_user')
          .values({
            login: u.login,
            full_name: u.fullName,
            role: u.role,
            scope_org_id: scopeId,
            password_hash: await hashPassword(password),
          })
          .execute();
        state.accounts.push({ login: u.login, password, role: u.role, fullName: u.fullName, scope: u.scopeCode });
      }
    },
  },
  {
    name: 'Значения показателей (демо)',
    async run(trx, state) {
      const framework = await catalogueRepository.newestByCode(trx, DEMO_VALUES_FRAMEWORK);
      if (!framework) return; // the catalogue is not loaded: nothing to compute, no values
      const content = (typeof framework.content === 'string' ? JSON.parse(framework.content) : framework.content) as Catalogue;
      const elements: ReadonlyMap<string, DataElement> = await loadDataElements(trx);
      const region = generateDemoRegion(state.seed);
      const orgs = region.root.children.flatMap((m) => m.children);
      const periods = demoValuePeriods(state.lastYear);
      const periodRows = await trx
        .selectFrom('period')
        .select(['id', 'code'])
        .where(
          'code',
          'in',
          periods.map((p) => p.code),
        )
        .execute();
      const periodId = new Map(periodRows.map((p) => [p.code, p.id]));
      const base = [
        ...generateDemoValues({ seed: state.seed, indicators: content.indicators ?? [], elements, orgs, periods }),
        ...(await leaderConditionValues(trx, content, { seed: state.seed + 3, elements, orgs, periods })),
      ];
      const known = new Set(elements.keys());
      const generated = [...base, ...demoSubCounts(base, state.seed + 5, known), ...demoContextValues(base, state.seed + 7, known)];
      const rows = generated.flatMap((r) => {
        const orgId = state.orgIdByCode.get(r.orgCode);
        const period = periodId.get(r.periodCode);
        if (orgId === undefined || period === undefined) return [];
        return [
          {
            org_id: orgId,
            period_id: period,
            data_element_code: r.elementCode,
            breakdown: breakdownKey(r.breakdown),
            value: r.value,
            source: DEMO_VALUES_SOURCE,
            status: 'demo',
          },
        ];
      });
      await bulkInsert(
        trx,
        'data_value',
        {
          org_id: 'integer',
          period_id: 'integer',
          data_element_code: 'text',
          breakdown: 'text',
          value: 'numeric',
          source: 'text',
          status: 'text',
        },
        rows,
        DEMO_VALUES_BATCH,
      );
    },
  },
  {
    name: 'Руководители и кадровый резерв',
    run: loadDemoPersonnel,
  },
];

/**
 * Demo values for the organisation-level conditions of the leader-effectiveness catalogue (seed 003:
 * special conditions for pupils with ОВЗ, salaries, finances, library, sites, media) — only its
 * indicators whose elements the seed-001 values leave alone, so the two never disagree. Its
 * person-level indicators come from the demo register (demo-personnel).
 */
async function leaderConditionValues(
  trx: Kysely<Database>,
  seed001: Catalogue,
  input: Omit<Parameters<typeof generateDemoValues>[0], 'indicators'>,
) {
  const framework = await catalogueRepository.newestByCode(trx, LEADERS_FRAMEWORK);
  if (!framework) return [];
  const leaders = (typeof framework.content === 'string' ? JSON.parse(framework.content) : framework.content) as Catalogue;
  const elementsOf = (formula: string) => {
    const parsed = parseFormula(formula);
    return parsed.ok ? [...formulaReferences(parsed.node).elements] : [];
  };
  const taken = new Set((seed001.indicators ?? []).flatMap((i) => elementsOf(i.formula)));
  const free = (leaders.indicators ?? []).filter((i) => {
    const used = elementsOf(i.formula);
    return used.length > 0 && used.every((e) => !taken.has(e) && input.elements.get(e)?.level === 'organisation');
  });
  return generateDemoValues({ ...input, indicators: free });
}
