// Shapes of the СОКО HTTP API as consumed by the web UI.
import type { Role } from '../../domain/access/role.ts';
import type { Block, Catalogue, CycleComponent, DataElement, Direction, Indicator, Position } from '../../domain/catalogue/catalogue.ts';
import type { OrgKind, OrgType } from '../../domain/org/org-kind.ts';

export type { Block, Catalogue, CycleComponent, DataElement, Direction, Indicator, OrgKind, OrgType, Position, Role };

// The server's own types, imported as types only (erased from the bundle): the UI and the API
// share one definition and cannot drift apart.
export type { Me } from '../../app/me.ts';
export type { OrgSummary } from '../../db/repositories/org-repository.ts';
import type { OrgDetail as ServerOrgDetail } from '../../app/orgs.ts';
export type { Period } from '../../api/periods.ts';
export type { UserView as UserRow, UserInput as NewUser } from '../../app/users.ts';
export type { AuditView as AuditEntry } from '../../app/audit-log.ts';
export type { CatalogueSummary } from '../../app/catalogues/catalogue-queries.ts';
import type { CatalogueSummary } from '../../app/catalogues/catalogue-queries.ts';

/** 201 answer of POST /api/catalogues/import. */
export type CatalogueImportResult = { id: number; code: string; version: number };
export type OrgPathItem = { id: number; name: string; kind: string };

export interface Meta {
  demo: boolean;
  /** Only for a signed-in user. */
  version?: string;
}

/** The card as the UI reads it: the server's shape with its known attributes typed. */
export type OrgDetail = Omit<ServerOrgDetail, 'attributes'> & { attributes: OrgAttributes };

export interface OrgAttributes {
  settlement?: 'urban' | 'rural';
  pupils?: number;
  staff?: number;
  address?: string;
  headName?: string;
  [key: string]: unknown;
}

export interface OrgPatch {
  version: number;
  name?: string;
  shortName?: string | null;
  aliases?: string[];
  attributes?: OrgAttributes;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ItemsResponse<T> {
  items: T[];
}

/** GET /api/catalogues/:id: the catalogue and the data elements its formulas use. */
export interface CatalogueDetail {
  summary: CatalogueSummary;
  catalogue: Catalogue;
  dataElements: DataElement[];
}

/** One problem in an uploaded workbook (`details` of an `import_invalid` error). */
export interface ImportIssue {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

// Ratings (GET /api/ratings, /api/ratings/view, /api/results/explain; POST /api/results/compute).
export type { ComputeReport } from '../../app/results/compute-results.ts';
export type { StoredRating } from '../../app/results/rate-comparison.ts';
export type { ComparisonSummary } from '../../app/results/rating-queries.ts';
export type { ClusterInfo, ClusteringsView } from '../../app/results/comparison-clusters.ts';
// GET /api/results/card: an object's results card.
export type { CardIndicator, CardOrg, CardPeriod, CardPlace, CardValue, OrgCardView } from '../../app/results/shape-org-card.ts';
export type { IndicatorPageView } from '../../app/results/indicator-page.ts';
export type { IndicatorCell, MeanCell, Rating, SummaryCell } from '../../domain/engine/rating.ts';
export type { Outcome } from '../../domain/engine/outcome.ts';
export type { Place } from '../../domain/engine/places.ts';
export type { ZoneDecision } from '../../domain/engine/zones.ts';
export type { Completeness } from '../../domain/engine/direction-scores.ts';
export type { IndicatorExplanation, ObjectLevel } from '../../domain/engine/indicator-values.ts';
import type { StoredRating } from '../../app/results/rate-comparison.ts';
import type { ClusterInfo } from '../../app/results/comparison-clusters.ts';

/** GET /api/ratings/view: one stored comparison, or (with clustering and cluster) the rating within one cluster. */
export interface RatingView {
  title: string;
  computedAt: string | null;
  content: StoredRating;
  cluster?: ClusterInfo;
}

/** GET /api/results/explain: how one indicator value of one object was computed. */
export type { ExplainInput, ValueExplanationView as ValueExplanation } from '../../app/results/explain-value.ts';
