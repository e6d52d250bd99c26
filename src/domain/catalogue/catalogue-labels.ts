import type { CollectionMethod, DataLevel, Polarity, Unit } from './catalogue.ts';

/** Russian labels of catalogue values, as shown in the UI and written to Excel. */
export const UNIT_LABELS: Record<Unit, string> = {
  percent: '%',
  persons: 'чел.',
  units: 'ед.',
  flag: 'наличие (да/нет)',
  hours: 'ч',
  points: 'баллы',
  rubles: 'руб.',
};

export const POLARITY_LABELS: Record<Polarity, string> = {
  higher_better: 'чем больше, тем лучше',
  lower_better: 'чем меньше, тем лучше',
  context: 'контекстный (не оценивается)',
};

export const METHOD_LABELS: Record<CollectionMethod, string> = {
  form: 'статистическая форма',
  survey: 'анкетирование',
  assessment_import: 'результаты оценочных процедур',
  register: 'реестр',
  open_sources: 'открытые источники, сайты',
  self_evaluation: 'самообследование',
  state_statistics: 'государственная статистика',
};

export const LEVEL_LABELS: Record<DataLevel, string> = {
  organisation: 'организация',
  municipality: 'муниципалитет',
  person: 'работник',
  pupil: 'обучающийся',
};

export const PERIOD_KIND_LABELS = { calendar_year: 'календарный год', school_year: 'учебный год' } as const;

export const CYCLE_BLOCK_LABELS = { conceptual: 'концептуальный', process: 'процессуальный', management: 'управленческий' } as const;

export const KIND_LABELS = { indicators: 'показатели', mechanisms: 'механизмы управления' } as const;

export const SUMMARY_LABELS = { directions: 'среднее направлений', indicators: 'среднее всех показателей' } as const;

/** Finds the code for a value that is either the code itself or its Russian label (case-insensitive). */
export function codeFromLabel<K extends string>(labels: Record<K, string>, value: string): K | null {
  const v = value.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (code.toLowerCase() === v || label.toLowerCase() === v) return code;
  }
  return null;
}
