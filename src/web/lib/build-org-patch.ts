import type { OrgAttributes, OrgDetail, OrgPatch } from '../api/types.ts';

export interface OrgEditValues {
  name: string;
  shortName?: string | null;
  aliases?: string[];
  settlement?: 'urban' | 'rural' | null;
  pupils?: number | null;
  staff?: number | null;
  address?: string | null;
  headName?: string | null;
  centre?: string | null;
  authority?: string | null;
  note?: string | null;
}

/** Form values for editing an organisation. */
export function orgToEditValues(org: OrgDetail): OrgEditValues {
  const a = org.attributes;
  return {
    name: org.name,
    shortName: org.shortName ?? '',
    aliases: org.aliases,
    settlement: a.settlement ?? null,
    pupils: typeof a.pupils === 'number' ? a.pupils : null,
    staff: typeof a.staff === 'number' ? a.staff : null,
    address: typeof a.address === 'string' ? a.address : '',
    headName: typeof a.headName === 'string' ? a.headName : '',
    centre: typeof a.centre === 'string' ? a.centre : '',
    authority: typeof a.authority === 'string' ? a.authority : '',
    note: typeof a.note === 'string' ? a.note : '',
  };
}

const EDITABLE_ATTRIBUTES = ['settlement', 'pupils', 'staff', 'address', 'headName', 'centre', 'authority', 'note'] as const;

function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return value === null ? undefined : value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * PATCH body with only the changed fields (plus the required `version`);
 * null when nothing changed. Fields absent from `values` (not shown in the form) are left alone. Attributes are sent as a whole object so that
 * unknown keys are preserved and cleared fields are removed.
 */
export function buildOrgPatch(org: OrgDetail, values: OrgEditValues): OrgPatch | null {
  const patch: OrgPatch = { version: org.version };
  const name = values.name.trim();
  if (name !== org.name) patch.name = name;

  if ('shortName' in values) {
    const shortName = (values.shortName ?? '').trim() || null;
    if (shortName !== (org.shortName ?? null)) patch.shortName = shortName;
  }

  if ('aliases' in values) {
    const aliases = [...new Set((values.aliases ?? []).map((s) => s.trim()).filter(Boolean))];
    if (!sameJson(aliases, org.aliases)) patch.aliases = aliases;
  }

  const attributes: Record<string, unknown> = { ...org.attributes };
  for (const key of EDITABLE_ATTRIBUTES) {
    if (!(key in values)) continue; // field not shown in the form
    const value = clean(values[key]);
    if (value === undefined) delete attributes[key];
    else attributes[key] = value;
  }
  if (!sameJson(attributes, org.attributes)) patch.attributes = attributes as OrgAttributes;

  return Object.keys(patch).length > 1 ? patch : null;
}
