/** Levels of the organisation tree: region → municipality → organisation. */
export const ORG_KINDS = ['region', 'municipality', 'organisation'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Types of educational organisations (ОО, ДОО, УДО, СПО). */
export const ORG_TYPES = ['school', 'kindergarten', 'supplementary', 'college'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** Whether a string names an organisation type. */
export function isOrgType(value: string): value is OrgType {
  return (ORG_TYPES as readonly string[]).includes(value);
}

export const ORG_KIND_NAMES: Record<OrgKind, string> = {
  region: 'Регион',
  municipality: 'Муниципалитет',
  organisation: 'Организация',
};

export const ORG_TYPE_NAMES: Record<OrgType, string> = {
  school: 'Общеобразовательная организация',
  kindergarten: 'Дошкольная образовательная организация',
  supplementary: 'Организация дополнительного образования',
  college: 'Профессиональная образовательная организация',
};

/** Plural names for titles such as «…: школы». */
export const ORG_TYPE_PLURAL: Record<OrgType, string> = {
  school: 'школы',
  kindergarten: 'детские сады',
  supplementary: 'организации дополнительного образования',
  college: 'колледжи и техникумы',
};

/** Genitive plural names for phrases such as «для школ с числом обучающихся…». */
export const ORG_TYPE_GENITIVE_PLURAL: Record<OrgType, string> = {
  school: 'школ',
  kindergarten: 'детских садов',
  supplementary: 'организаций дополнительного образования',
  college: 'колледжей и техникумов',
};

/** The kind a child must have under a parent of the given kind (null: the root, a region). */
export function childKindOf(parentKind: OrgKind | null): OrgKind | null {
  switch (parentKind) {
    case null:
      return 'region';
    case 'region':
      return 'municipality';
    case 'municipality':
      return 'organisation';
    case 'organisation':
      return null;
  }
}
