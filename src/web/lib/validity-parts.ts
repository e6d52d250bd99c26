import { formatDate } from './format-date.ts';

/** [«с 21.06.2021», «по н.в.»] or [«с 01.01.2021», «по 31.12.2022»]. */
export function validityParts(validFrom: string, validTo: string | null): [string, string] {
  return [`с ${formatDate(validFrom)}`, `по ${validTo ? formatDate(validTo) : 'н.в.'}`];
}
