// Organisations: the region, its municipalities and their educational organisations.
import { Type as T, type Static } from '@sinclair/typebox';
import { ORG_KINDS, ORG_TYPES } from '../domain/org/org-kind.ts';
import { IsoDate, Items, Nullable, StringEnum } from './common.ts';

export const OrgSummary = T.Object({
  id: T.Integer(),
  parentId: Nullable(T.Integer()),
  kind: StringEnum(ORG_KINDS),
  type: Nullable(StringEnum(ORG_TYPES)),
  name: T.String(),
  shortName: Nullable(T.String()),
  code: T.String(),
  childCount: T.Integer(),
  isDemo: T.Boolean(),
  closedOn: Nullable(IsoDate(), { description: 'Закрыта с этой даты (null — действует)' }),
  mergedInto: Nullable(T.Object({ id: T.Integer(), name: T.String() }), { description: 'С какой организацией объединена' }),
});
export type OrgSummary = Static<typeof OrgSummary>;

/**
 * A text or null as one `type: ['string', 'null']` (not `anyOf`): a bad value gets one Russian
 * message naming the field, as before, instead of one per branch.
 */
const NullableText = (options: { pattern?: string; maxLength?: number; description?: string } = {}) =>
  T.Unsafe<string | null>({ type: ['string', 'null'], ...options });

const SETTLEMENTS = ['urban', 'rural'] as const;

/** Known attributes of an organisation card, checked; other keys (columns of an imported register) only as short texts or numbers. */
export const OrgAttributes = T.Object(
  {
    settlement: T.Optional(StringEnum(SETTLEMENTS, { description: 'Местность: городская или сельская' })),
    pupils: T.Optional(T.Integer({ minimum: 0, maximum: 100000, description: 'Число обучающихся (воспитанников)' })),
    staff: T.Optional(T.Integer({ minimum: 0, maximum: 100000, description: 'Число работников' })),
    address: T.Optional(T.String({ maxLength: 500 })),
    headName: T.Optional(T.String({ maxLength: 200, description: 'Руководитель' })),
    centre: T.Optional(T.String({ maxLength: 200, description: 'Административный центр (для муниципалитета)' })),
    authority: T.Optional(
      T.String({ maxLength: 500, description: 'Орган управления образованием (для муниципалитета и региона), как его называют документы' }),
    ),
    note: T.Optional(T.String({ maxLength: 2000 })),
    kpp: T.Optional(T.String({ pattern: '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$', description: 'КПП' })),
    ownership: T.Optional(StringEnum(['state', 'non_state'] as const, { description: 'Форма собственности' })),
    latitude: T.Optional(T.Number({ minimum: -90, maximum: 90, description: 'Широта' })),
    longitude: T.Optional(T.Number({ minimum: -180, maximum: 180, description: 'Долгота' })),
    closedOn: T.Optional(T.String({ maxLength: 10, description: 'Закрыта (дата гггг-мм-дд или «да»), из реестра' })),
  },
  // other columns of an imported register are kept as attributes under their headers: short texts or numbers
  { additionalProperties: T.Unsafe<string | number>({ type: ['string', 'number'], maxLength: 2000 }) },
);
/** The known attributes typed; the others (register columns) as they were stored. */
export type OrgAttributes = Static<typeof OrgAttributes> & { [key: string]: unknown };

export const OrgDetail = T.Object({
  ...OrgSummary.properties,
  inn: Nullable(T.String()),
  ogrn: Nullable(T.String()),
  fisOkoCode: Nullable(T.String()),
  aliases: T.Array(T.String()),
  // stored JSON returned as stored: checked when written, free-form on the wire (an older row must not answer 500)
  attributes: T.Unsafe<OrgAttributes>({ type: 'object', additionalProperties: true, description: 'Сведения карточки' }),
  groups: T.Array(T.Object({ id: T.Integer(), name: T.String() })),
  path: T.Array(T.Object({ id: T.Integer(), name: T.String(), kind: T.String() }), { description: 'Цепочка от корня до организации' }),
  childrenByType: T.Record(T.String(), T.Integer(), { description: 'Число организаций каждого типа внутри территории' }),
  closedReason: Nullable(T.String()),
  version: T.Integer(),
  updatedAt: T.String(),
});
export type OrgDetail = Static<typeof OrgDetail>;

export const OrgList = Items(OrgSummary);
export type OrgList = Static<typeof OrgList>;

export const OrgOne = T.Object({ org: OrgDetail });
export type OrgOne = Static<typeof OrgOne>;

const hideClosed = T.Optional(T.Boolean({ description: 'Не показывать закрытые и присоединённые организации' }));

export const ListOrgsQuery = T.Object({ parentId: T.Optional(T.Integer({ minimum: 1 })), hideClosed }, { additionalProperties: false });
export type ListOrgsQuery = Static<typeof ListOrgsQuery>;

export const SearchOrgsQuery = T.Object(
  { q: T.String({ maxLength: 200 }), limit: T.Optional(T.Integer({ minimum: 1, maximum: 100 })), hideClosed },
  { additionalProperties: false },
);
export type SearchOrgsQuery = Static<typeof SearchOrgsQuery>;

const shortName = T.Optional(NullableText({ maxLength: 300 }));
const registryFields = {
  inn: T.Optional(NullableText({ pattern: '^\\d{10}$', description: 'ИНН юридического лица, 10 цифр' })),
  ogrn: T.Optional(NullableText({ pattern: '^\\d{13}$', description: 'ОГРН, 13 цифр' })),
  fisOkoCode: T.Optional(NullableText({ maxLength: 50 })),
  aliases: T.Optional(T.Array(T.String({ minLength: 1, maxLength: 300 }), { maxItems: 50 })),
  attributes: T.Optional(T.Unsafe<OrgAttributes>(OrgAttributes)),
};

/** A new organisation (or municipality, under a region). */
export const OrgInput = T.Object(
  {
    parentId: T.Integer({ minimum: 1 }),
    type: T.Optional(T.Unsafe<(typeof ORG_TYPES)[number] | null>({ type: ['string', 'null'], enum: [...ORG_TYPES, null] })),
    name: T.String({ minLength: 1, maxLength: 500 }),
    shortName,
    code: T.String({ minLength: 1, maxLength: 50, pattern: '^[0-9A-Za-zА-Яа-я._-]+$' }),
    ...registryFields,
  },
  { additionalProperties: false },
);
export type OrgInput = Static<typeof OrgInput>;

/** Changes to a card, with the version the editor saw. */
export const OrgChanges = T.Object(
  {
    version: T.Integer({ minimum: 1, description: 'Версия карточки, которую видел редактор' }),
    name: T.Optional(T.String({ minLength: 1, maxLength: 500 })),
    shortName,
    ...registryFields,
  },
  { additionalProperties: false },
);
export type OrgChanges = Static<typeof OrgChanges>;

export const CloseOrgInput = T.Object(
  {
    closedOn: IsoDate({ description: 'Дата, с которой организация закрыта' }),
    reason: T.String({ minLength: 1, maxLength: 500, description: 'Причина: ликвидация, реорганизация…' }),
  },
  { additionalProperties: false },
);
export type CloseOrgInput = Static<typeof CloseOrgInput>;

export const MergeOrgInput = T.Object(
  {
    intoId: T.Integer({ minimum: 1, description: 'Организация, к которой присоединяют' }),
    mergedOn: IsoDate({ description: 'Дата присоединения: с неё организация закрыта' }),
    reason: T.Optional(T.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type MergeOrgInput = Static<typeof MergeOrgInput>;
