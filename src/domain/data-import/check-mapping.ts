import { UNITS, POLARITIES } from '../catalogue/catalogue.ts';
import { ORG_ROLES, type DataTableMapping } from './data-table-mapping.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Checks a mapping that came from outside (a JSON/YAML file, a request): `columns` (header → role)
 * and optional `shares`. Returns the mapping, or every problem with where it is.
 */
export function checkMapping(raw: unknown): { ok: true; mapping: DataTableMapping } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(raw) || !isObject(raw.columns))
    return { ok: false, problems: ['нужен объект с полем columns: { "заголовок столбца": { "role": … } }'] };
  for (const [h, r] of Object.entries(raw.columns)) {
    const at = `columns["${h}"]`;
    if (!isObject(r) || typeof r.role !== 'string') {
      problems.push(`${at}: нужен объект с полем role`);
      continue;
    }
    if (r.role === 'ignore' || (ORG_ROLES as readonly string[]).includes(r.role)) continue;
    if (r.role === 'value') {
      if (!isText(r.element)) problems.push(`${at}: для role "value" укажите element — код элемента данных`);
      if (r.breakdown !== undefined && typeof r.breakdown !== 'string') problems.push(`${at}: breakdown — строка вида "subject=math"`);
      continue;
    }
    if (r.role === 'new_element') {
      if (!isText(r.name)) problems.push(`${at}: для role "new_element" укажите name — наименование элемента`);
      if (!(UNITS as readonly unknown[]).includes(r.unit)) problems.push(`${at}: unit — одно из ${UNITS.join(', ')}`);
      if (r.valueType !== 'integer' && r.valueType !== 'number') problems.push(`${at}: valueType — integer или number`);
      if (r.code !== undefined && (typeof r.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(r.code)))
        problems.push(`${at}: code — латинские строчные буквы, цифры и «_», с буквы`);
      continue;
    }
    problems.push(`${at}: неизвестная роль «${r.role}» (ignore, ${ORG_ROLES.join(', ')}, value, new_element)`);
  }
  if (raw.shares !== undefined) {
    if (!Array.isArray(raw.shares)) problems.push('shares: нужен список долей');
    else
      raw.shares.forEach((s: unknown, i) => {
        const at = `shares[${i}]`;
        if (!isObject(s) || !isText(s.name) || !isText(s.numerator) || !isText(s.denominator))
          problems.push(`${at}: укажите name, numerator и denominator (заголовки столбцов или коды элементов)`);
        else if (s.polarity !== undefined && !(POLARITIES as readonly unknown[]).includes(s.polarity))
          problems.push(`${at}: polarity — одно из ${POLARITIES.join(', ')}`);
        else if (s.code !== undefined && (typeof s.code !== 'string' || !/^[A-Za-z0-9._-]+$/.test(s.code)))
          problems.push(`${at}: code — латинские буквы, цифры, «.», «_», «-»`);
      });
  }
  return problems.length ? { ok: false, problems } : { ok: true, mapping: raw as unknown as DataTableMapping };
}
