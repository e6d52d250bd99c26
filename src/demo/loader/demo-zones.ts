import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../../app/actor.ts';
import { insertFramework, loadDataElements } from '../../app/catalogues/sync-catalogues.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { validateCatalogue } from '../../domain/catalogue/validate-catalogue.ts';
import type { ZoneBand, ZoneYear } from '../../domain/catalogue/zone-thresholds.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/** The methodology whose ratings the demo opens on (the ratings page prefers it). */
export const DEMO_ZONED_CATALOGUE = 'seed001-municipal';

/**
 * The demo's zone thresholds of the summary score, the same every year: seed 001 publishes none,
 * and the federal ranges of 000 §1 (43–82) are for regions, so the demo sets ranges its schools
 * and municipalities fall into, for «why is this school in the red zone?» to be asked.
 */
export const DEMO_ZONE_BANDS: readonly ZoneBand[] = [
  { zone: 'green', name: 'Зеленая зона', level: 'оптимальный уровень', min: 70, max: 100 },
  { zone: 'yellow', name: 'Желтая зона', level: 'допустимый уровень', min: 55, max: 69 },
  { zone: 'red', name: 'Красная зона', level: 'критический уровень', min: 0, max: 54 },
];

const DEMO_ZONE_SOURCE =
  'Демонстрационные пороги (демо-данные): в методике 001 зоны не заданы, а пороги 000 §1 (43–82 балла) установлены для субъектов РФ. ' +
  'Орган управления образованием утверждает свои пороги на каждый год; здесь они заданы для показа зон.';

/** The years whose thresholds a rating of the demo periods reads: calendar years and the years school years end in. */
export function demoZoneYears(lastYear: number): ZoneYear[] {
  return [0, 1, 2, 3, 4, 5].map((i) => ({
    year: lastYear - 4 + i,
    appliesTo: 'summary',
    bands: DEMO_ZONE_BANDS.map((b) => ({ ...b })),
    source: DEMO_ZONE_SOURCE,
  }));
}

/**
 * Loads the next version of the demo's rated methodology with the demo's zone thresholds for
 * every demo year (a change of a methodology is a new version, so the shipped one stays as it
 * is), before the demo computes its results. Nothing happens when the methodology is not loaded.
 */
export async function loadDemoZones(db: Kysely<Database>, lastYear: number): Promise<void> {
  const framework = await catalogueRepository.newestByCode(db, DEMO_ZONED_CATALOGUE);
  if (!framework) return;
  const current = framework.content as Catalogue;
  const raw: Catalogue = {
    ...current,
    version: current.version + 1,
    scoring: { ...current.scoring, zones: demoZoneYears(lastYear), gapRule: { between: 'lower', below: 'red', above: 'green' } },
  };
  const checked = validateCatalogue(raw, `${DEMO_ZONED_CATALOGUE} (демо-пороги зон)`, await loadDataElements(db));
  if (!checked.ok) throw new Error(`demo zones: ${checked.issues.map((i) => i.message).join('; ')}`);
  await db
    .transaction()
    .execute((trx) =>
      insertFramework(
        trx,
        checked.value,
        { origin: 'import', fileName: null, loadedBy: 'демо-данные' },
        { actor: SYSTEM_ACTOR, requestId: null },
      ),
    );
}
