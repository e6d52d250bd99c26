import type { Kysely } from 'kysely';
import type { Indicator } from '../../domain/catalogue/catalogue.ts';
import type { FormulaNode } from '../../domain/catalogue/formula/ast.ts';
import { ElementTableBuilder } from '../../domain/indicator-values/element-table.ts';
import {
  compileIndicators,
  emptyValueColumns,
  evaluateIndicators,
  type ValueColumns,
} from '../../domain/indicator-values/evaluate-indicators.ts';
import { levelsOf } from '../../domain/org/education-levels.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { dataValueRepository } from '../../db/repositories/data-value-repository.ts';
import { indicatorResultRepository } from '../../db/repositories/indicator-result-repository.ts';
import type { Database } from '../../db/schema.ts';

type Progress = (step: string, done: number, total: number) => void;

interface OrgInfo {
  id: number;
  parentId: number | null;
  kind: string;
  type: string | null;
  path: string;
  attributes: unknown;
}

export interface ValuesScope {
  frameworkId: number;
  periodId: number;
  /** Open organisations, municipalities and regions of the period. */
  orgs: readonly OrgInfo[];
  /** The regions to compute. */
  regions: readonly OrgInfo[];
  /** Incremental: the one municipality to recompute (the other municipalities' stored parts enter the region). */
  municipality?: OrgInfo;
  indicators: readonly { indicator: Pick<Indicator, 'code' | 'orgTypes' | 'levels'>; node: FormulaNode }[];
}

/**
 * The values of indicators over data elements, computed in memory (nothing held open in the
 * database): one bulk read of the period's values into typed arrays, formulas compiled once and
 * evaluated for every organisation, roll-ups per municipality and region. Returns the rows to
 * store (storeValues), equal to the pure engine's (evaluate-indicators.ts).
 */
export async function computeValues(db: Kysely<Database>, scope: ValuesScope, onProgress?: Progress): Promise<ValueColumns> {
  const out = emptyValueColumns();
  if (scope.indicators.length === 0) return out;
  const { indicators, columns } = compileIndicators(scope.indicators);
  // One row per object: organisations (in id order, as the pure engine is given them) and municipalities.
  const rowOf = new Map<number, number>();
  const byId = (a: OrgInfo, b: OrgInfo) => a.id - b.id;
  const perRegion = scope.regions.map((region) => {
    const members = scope.orgs
      .filter(
        (o) =>
          o.kind === 'organisation' &&
          o.type !== null &&
          o.parentId !== null &&
          o.path.startsWith(region.path) &&
          (!scope.municipality || o.parentId === scope.municipality.id),
      )
      .sort(byId);
    const everyMember = scope.municipality
      ? scope.orgs
          .filter((o) => o.kind === 'organisation' && o.type !== null && o.parentId !== null && o.path.startsWith(region.path))
          .sort(byId)
      : members;
    const municipalityIds = [...new Set(everyMember.map((o) => o.parentId ?? 0))];
    for (const o of members) rowOf.set(o.id, rowOf.size);
    for (const m of municipalityIds) if (!scope.municipality || m === scope.municipality.id) rowOf.set(m, rowOf.size);
    return { region, members, municipalityIds };
  });

  onProgress?.('Чтение значений', 0, 1);
  const builder = new ElementTableBuilder(columns.list, rowOf.size);
  await dataValueRepository.eachForEngine(
    db,
    scope.periodId,
    columns.codes(),
    scope.municipality ? [...rowOf.keys()] : undefined,
    (orgId, code, breakdown, value) => {
      const row = rowOf.get(orgId);
      if (row !== undefined) builder.add(row, code, breakdown, value);
    },
  );
  const table = builder.table();
  const stored = scope.municipality
    ? await indicatorResultRepository.municipalParts(
        db,
        scope,
        perRegion.flatMap((r) => r.municipalityIds.filter((m) => m !== scope.municipality?.id)),
      )
    : new Map();

  for (const { region, members, municipalityIds } of perRegion) {
    evaluateIndicators(
      {
        indicators,
        table,
        orgs: members.map((o) => ({
          id: o.id,
          municipalityId: o.parentId ?? 0,
          type: o.type as OrgType,
          levels: levelsOf(o.attributes),
          row: rowOf.get(o.id) ?? 0,
        })),
        municipalities: municipalityIds.map((id) => {
          const row = rowOf.get(id);
          return row !== undefined ? { id, row } : { id, stored: stored.get(id) ?? new Map() };
        }),
        regionId: region.id,
        onIndicator: (done, total) => {
          if (done % 10 === 0 || done === total) {
            onProgress?.(
              `Показатели ${indicators[done - 10 < 0 ? 0 : done - 10]?.code ?? ''}…${indicators[done - 1]?.code ?? ''}`,
              done,
              total,
            );
          }
        },
      },
      out,
    );
  }
  return out;
}

/** Stores computed values (the caller deletes the previous rows in the same transaction). */
export async function storeValues(
  trx: Kysely<Database>,
  ids: { frameworkId: number; periodId: number },
  values: ValueColumns,
  onProgress?: Progress,
): Promise<void> {
  await indicatorResultRepository.insertColumns(trx, ids, values, (done, total) => onProgress?.('Запись значений', done, total));
}
