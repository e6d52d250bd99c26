// Shapes of the СОКО HTTP API as consumed by the web UI.
import type { Role } from '../../domain/access/role.ts';
import type { Block, Catalogue, CycleComponent, DataElement, Direction, Indicator, Position } from '../../domain/catalogue/catalogue.ts';
import type { OrgKind, OrgType } from '../../domain/org/org-kind.ts';

export type { Block, Catalogue, CycleComponent, DataElement, Direction, Indicator, OrgKind, OrgType, Position, Role };

export interface Me {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  roleName: string;
  scopeOrgId: number | null;
  scopeOrgName: string | null;
}

export interface Meta {
  demo: boolean;
  version: string;
}

export interface OrgSummary {
  id: number;
  parentId: number | null;
  kind: OrgKind;
  type: OrgType | null;
  name: string;
  shortName: string | null;
  code: string;
  childCount: number;
  isDemo: boolean;
}

export interface OrgAttributes {
  settlement?: 'urban' | 'rural';
  pupils?: number;
  staff?: number;
  address?: string;
  headName?: string;
  [key: string]: unknown;
}

export interface OrgPathItem {
  id: number;
  name: string;
  kind: string;
}

export interface OrgDetail extends OrgSummary {
  inn: string | null;
  ogrn: string | null;
  fisOkoCode: string | null;
  aliases: string[];
  attributes: OrgAttributes;
  groups: { id: number; name: string }[];
  path: OrgPathItem[];
  childrenByType: Record<string, number>;
  version: number;
  updatedAt: string;
}

export interface OrgPatch {
  version: number;
  name?: string;
  shortName?: string | null;
  aliases?: string[];
  attributes?: OrgAttributes;
}

export interface Period {
  id: number;
  code: string;
  kind: 'calendar_year' | 'school_year';
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface UserRow {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  roleName: string;
  scopeOrgId: number | null;
  scopeOrgName: string | null;
  isActive: boolean;
}

export interface NewUser {
  login: string;
  fullName: string;
  role: Role;
  scopeOrgId: number | null;
  password: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userLogin: string | null;
  action: string;
  entity: string;
  entityId: number | string | null;
  before: unknown;
  after: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ItemsResponse<T> {
  items: T[];
}

/** A framework version (методика) as listed by GET /api/catalogues. */
export interface CatalogueSummary {
  id: number;
  code: string;
  version: number;
  kind: Catalogue['kind'];
  name: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  /** `file`: loaded from catalogs/*.yaml; `import`: uploaded as an Excel workbook. */
  origin: 'file' | 'import';
  loadedAt: string;
  counts: { blocks: number; directions: number; indicators: number; positions: number };
}

/** GET /api/catalogues/:id: the catalogue and the data elements its formulas use. */
export interface CatalogueDetail {
  summary: CatalogueSummary;
  catalogue: Catalogue;
  dataElements: DataElement[];
}

/** 201 answer of POST /api/catalogues/import. */
export interface CatalogueImportResult {
  id: number;
  code: string;
  version: number;
}

/** One problem in an uploaded workbook (`details` of an `import_invalid` error). */
export interface ImportIssue {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}
