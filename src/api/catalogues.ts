// Catalogues (indicator and mechanism frameworks) and the data elements their formulas read.
import { Type as T, type Static } from '@sinclair/typebox';
import type { Catalogue as CatalogueDocument, DataElement as DataElementDocument } from '../domain/catalogue/catalogue.ts';
import { Items, Nullable, StringEnum } from './common.ts';

export const CatalogueSummary = T.Object({
  id: T.Integer(),
  code: T.String(),
  version: T.Integer(),
  kind: StringEnum(['indicators', 'mechanisms'] as const),
  name: T.String(),
  validFrom: T.String(),
  validTo: Nullable(T.String()),
  source: T.String(),
  origin: StringEnum(['file', 'import'] as const),
  loadedAt: T.String(),
  counts: T.Object({ blocks: T.Integer(), directions: T.Integer(), indicators: T.Integer(), positions: T.Integer() }),
});
export type CatalogueSummary = Static<typeof CatalogueSummary>;

export const CatalogueList = Items(CatalogueSummary);
export type CatalogueList = Static<typeof CatalogueList>;

/**
 * The catalogue document itself, described by catalogs/FORMAT.md and returned as stored: free-form
 * JSON on the wire, typed by the domain's `Catalogue`.
 */
export const CatalogueContent = T.Unsafe<CatalogueDocument>({ type: 'object', additionalProperties: true });

/** A data element as stored: free-form JSON on the wire, typed by the domain's `DataElement`. */
export const DataElementContent = T.Unsafe<DataElementDocument>({ type: 'object', additionalProperties: true });

export const CatalogueDetail = T.Object({
  summary: CatalogueSummary,
  catalogue: CatalogueContent,
  dataElements: T.Array(DataElementContent),
});
export type CatalogueDetail = Static<typeof CatalogueDetail>;

export const CatalogueImported = T.Object({ id: T.Integer(), code: T.String(), version: T.Integer() });
export type CatalogueImported = Static<typeof CatalogueImported>;

export const DataElementList = Items(DataElementContent);
export type DataElementList = Static<typeof DataElementList>;
