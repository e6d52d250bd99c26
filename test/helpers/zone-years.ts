import type { ZoneYear } from '../../src/domain/catalogue/zone-thresholds.ts';

/** Seed 000 §1, 2021: green 82–59, yellow 58–47, red 45–43 (the gaps between the bands are the catalogue's gapRule's). */
export const SEED_ZONES_2021: ZoneYear = {
  year: 2021,
  bands: [
    { zone: 'green', name: 'Зеленая зона', min: 59, max: 82 },
    { zone: 'yellow', name: 'Желтая зона', min: 47, max: 58 },
    { zone: 'red', name: 'Красная зона', min: 43, max: 45 },
  ],
};
