// The public «МСОКО» section: what the operators published, readable without a login.
import { Type as T, type Static } from '@sinclair/typebox';
import type { ComparisonRow, ReportContent } from '../domain/report/report-content.ts';
import { Items, Nullable, StringEnum } from './common.ts';

export const PUBLICATION_KINDS = ['report', 'regulation', 'rating'] as const;

export const PublicQuery = T.Object({ territoryId: T.Optional(T.Integer({ minimum: 1 })) }, { additionalProperties: false });
export type PublicQuery = Static<typeof PublicQuery>;

export const PublicItem = T.Object({
  id: T.Integer(),
  kind: StringEnum(PUBLICATION_KINDS),
  kindName: T.String(),
  title: T.String(),
  territory: T.Object({ id: T.Integer(), name: T.String() }),
  publishedAt: T.String(),
});
export type PublicItem = Static<typeof PublicItem>;

export const PublicList = Items(PublicItem);
export type PublicList = Static<typeof PublicList>;

/** A rating as published: frozen at publication, readable without the results it came from. */
export const PublishedRating = T.Object({
  catalogue: T.Object({ id: T.Integer(), name: T.String(), version: T.Integer() }),
  period: T.Object({ id: T.Integer(), name: T.String() }),
  comparisonKey: T.String(),
  computedAt: Nullable(T.String()),
  directions: T.Array(T.Object({ code: T.String(), name: T.String() })),
  zoneYear: Nullable(T.Integer()),
  // The rating's rows as the report shows them (domain `ComparisonRow`): free-form JSON on the wire.
  rows: T.Array(T.Unsafe<ComparisonRow>({ type: 'object', additionalProperties: true })),
});
export type PublishedRating = Static<typeof PublishedRating>;

export const PublicDocument = T.Object({
  ...PublicItem.properties,
  downloads: T.Array(T.Object({ format: T.String(), url: T.String() }), { description: 'файлы документа: формат и адрес' }),
  report: T.Optional(
    T.Object({
      version: T.Integer(),
      // The report's content (domain `ReportContent`): free-form JSON on the wire.
      content: T.Unsafe<ReportContent>({ type: 'object', additionalProperties: true }),
      sections: T.Array(T.Object({ key: T.String(), title: T.String(), text: T.String() })),
      review: Nullable(T.Object({ meetingDate: T.String(), minutesNumber: T.String(), decisionName: T.String() })),
      approval: Nullable(T.Object({ name: T.String(), post: T.String(), date: T.String() })),
    }),
  ),
  regulation: T.Optional(
    T.Object({
      name: T.String(),
      periodName: T.String(),
      startsOn: T.String(),
      deadline: T.String(),
      responsible: T.String(),
      orderNumber: Nullable(T.String()),
      orderDate: Nullable(T.String()),
    }),
  ),
  // Frozen at publication and returned as stored (older publications may lack later fields): free-form on the wire.
  rating: T.Optional(
    T.Unsafe<PublishedRating>({ type: 'object', additionalProperties: true, description: 'рейтинг, как он был опубликован' }),
  ),
});
export type PublicDocument = Static<typeof PublicDocument>;

export const PublicDocumentOne = T.Object({ document: PublicDocument });
export type PublicDocumentOne = Static<typeof PublicDocumentOne>;
