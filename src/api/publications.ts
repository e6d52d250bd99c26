// Publishing in the public «МСОКО» section: a rating frozen as computed, and the operator's own list of publications.
import { Type as T, type Static } from '@sinclair/typebox';
import { Items, Nullable, StringEnum } from './common.ts';
import { PUBLICATION_KINDS } from './public.ts';

export const PublishRatingInput = T.Object(
  {
    catalogueId: T.Integer({ minimum: 1 }),
    periodId: T.Integer({ minimum: 1 }),
    key: T.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type PublishRatingInput = Static<typeof PublishRatingInput>;

export const Published = T.Object({ id: T.Integer() });
export type Published = Static<typeof Published>;

export const OwnPublication = T.Object({
  id: T.Integer(),
  kind: StringEnum(PUBLICATION_KINDS),
  title: T.String(),
  territory: T.String({ description: 'Название территории' }),
  reportId: Nullable(T.Integer()),
  campaignId: Nullable(T.Integer()),
  publishedAt: T.String(),
  withdrawnAt: Nullable(T.String(), { description: 'Когда снята с публикации (null — опубликована)' }),
});
export type OwnPublication = Static<typeof OwnPublication>;

export const OwnPublicationList = Items(OwnPublication);
export type OwnPublicationList = Static<typeof OwnPublicationList>;

export const Withdrawn = T.Object({ ok: T.Boolean() });
export type Withdrawn = Static<typeof Withdrawn>;
