// Shapes of the СОКО HTTP API as consumed by the web UI.
import type { Role } from '../../domain/access/role.ts';
import type { Block, Catalogue, CycleComponent, DataElement, Direction, Indicator, Position } from '../../domain/catalogue/catalogue.ts';
import type { OrgKind, OrgType } from '../../domain/org/org-kind.ts';

export type { Block, Catalogue, CycleComponent, DataElement, Direction, Indicator, OrgKind, OrgType, Position, Role };

// The server's own types, imported as types only (erased from the bundle): the UI and the API
// share one definition and cannot drift apart.
export type { Me } from '../../api/me.ts';
export type { OrgAttributes, OrgDetail, OrgSummary, OrgChanges as OrgPatch } from '../../api/orgs.ts';
export type { Period } from '../../api/periods.ts';
export type { UserView as UserRow, NewUser } from '../../api/users.ts';
export type { AuditView as AuditEntry } from '../../api/audit.ts';
export type { CatalogueSummary, CatalogueDetail, CatalogueImported as CatalogueImportResult } from '../../api/catalogues.ts';

export type { Meta } from '../../api/health.ts';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ItemsResponse<T> {
  items: T[];
}

/** One problem in an uploaded workbook (`details` of an `import_invalid` error). */
export interface ImportIssue {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

// Ratings (GET /api/ratings, /api/ratings/view, /api/results/explain; POST /api/results/compute).
export type { ComputeReport, ExplainInput, IndicatorExplanation, ValueExplanation } from '../../api/results.ts';
export type {
  ClusterInfo,
  ClusteringsView,
  Completeness,
  ComparisonSummary,
  IndicatorCell,
  MeanCell,
  Place,
  Rating,
  RatingView,
  StoredRating,
  SummaryCell,
  ZoneDecision,
} from '../../api/ratings.ts';
export type { Outcome } from '../../api/outcome.ts';
// GET /api/results/card: an object's results card.
export type { CardIndicator, CardOrg, CardPeriod, CardPlace, CardValue, OrgCardView } from '../../api/result-card.ts';
export type { IndicatorPageView } from '../../api/indicator-page.ts';
