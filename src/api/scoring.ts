// Expert scoring of mechanisms: rounds, the scoring sheet of an object, scores and agreed scores,
// evidence files, the workbook import, who may score, and the management cycle at a glance.
import { Type as T, type Static } from '@sinclair/typebox';
import { ROLES } from '../domain/access/role.ts';
import { Nullable, StringEnum } from './common.ts';
import { MechanismIndex } from './mechanism-index.ts';

const Id = T.Integer({ minimum: 1 });
const RoundKind = StringEnum(['expert', 'self'] as const);

// --- Requests ---

export const RoundParams = T.Object({ id: Id }, { additionalProperties: false });
export type RoundParams = Static<typeof RoundParams>;

export const ObjectParams = T.Object({ id: Id, orgId: Id }, { additionalProperties: false });
export type ObjectParams = Static<typeof ObjectParams>;

export const RoundInput = T.Object(
  {
    name: T.String({ minLength: 1, maxLength: 300 }),
    frameworkId: Id,
    periodId: Id,
    scopeOrgId: Id,
    kind: RoundKind,
    includeOptional: T.Optional(T.Boolean()),
    objects: T.Array(T.Object({ orgId: Id, scorerIds: T.Array(Id, { maxItems: 50 }) }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 5000,
    }),
  },
  { additionalProperties: false },
);
export type RoundInput = Static<typeof RoundInput>;

/** A position's score as sent; null removes the caller's score. */
export const ScoreChange = Nullable(
  T.Object(
    {
      points: Nullable(T.Number()),
      comment: T.Optional(Nullable(T.String({ maxLength: 4000 }))),
      links: T.Optional(
        T.Array(
          T.Object(
            { url: T.String({ maxLength: 2000 }), title: T.Optional(T.String({ maxLength: 300 })) },
            { additionalProperties: false },
          ),
          { maxItems: 20 },
        ),
      ),
    },
    { additionalProperties: false },
  ),
);
export type ScoreChange = Static<typeof ScoreChange>;

export const ScoresBody = T.Object(
  { scores: T.Record(T.String(), ScoreChange, { maxProperties: 2000, description: 'Баллы по кодам позиций' }) },
  { additionalProperties: false },
);
export type ScoresBody = Static<typeof ScoresBody>;

export const AgreeBody = T.Object(
  {
    position: T.String({ minLength: 1, maxLength: 100 }),
    points: Nullable(T.Number()),
    comment: T.Optional(Nullable(T.String({ maxLength: 4000 }))),
  },
  { additionalProperties: false },
);
export type AgreeBody = Static<typeof AgreeBody>;

export const CycleQuery = T.Object({ scopeOrgId: Id, frameworkId: Id }, { additionalProperties: false });
export type CycleQuery = Static<typeof CycleQuery>;

export const ScorersQuery = T.Object({ kind: RoundKind, territoryId: T.Optional(Id) }, { additionalProperties: false });
export type ScorersQuery = Static<typeof ScorersQuery>;

// --- Responses ---

export const RoundSummary = T.Object({
  id: T.Integer(),
  name: T.String(),
  kind: RoundKind,
  scopeName: T.String(),
  periodName: T.String(),
  catalogueName: T.String(),
  objects: T.Integer(),
  mine: T.Integer({ description: 'Эксперту — сколько объектов назначено ему' }),
  createdAt: T.String(),
});
export type RoundSummary = Static<typeof RoundSummary>;

export const IndexNumber = T.Object({
  value: Nullable(T.Number()),
  reason: Nullable(T.String()),
  rule: T.String(),
  calculation: T.String(),
});
export type IndexNumber = Static<typeof IndexNumber>;

export const RoundObject = T.Object({
  orgId: T.Integer(),
  code: T.String(),
  name: T.String(),
  scorers: T.Array(T.Object({ userId: T.Integer(), fullName: T.String(), scored: T.Integer() })),
  positions: T.Integer(),
  resolved: T.Integer({ description: 'Позиции, баллы которых учитываются (согласованные, единогласные или одного эксперта)' }),
  disagreements: T.Integer(),
  agreed: T.Integer(),
  index: IndexNumber,
  total: IndexNumber,
  blocks: T.Array(T.Object({ code: T.String(), name: T.String(), index: IndexNumber, meanDirectionIndex: IndexNumber })),
  directions: T.Array(T.Object({ code: T.String(), name: T.String(), index: IndexNumber })),
  place: Nullable(T.String({ description: 'Место среди объектов раунда по общему индексу' })),
  zone: Nullable(T.Object({ zone: T.String(), rule: T.String() })),
});
export type RoundObject = Static<typeof RoundObject>;

export const RoundDetail = T.Object({
  ...RoundSummary.properties,
  frameworkId: T.Integer(),
  periodId: T.Integer(),
  scopeOrgId: T.Integer(),
  includeOptional: T.Boolean(),
  closedAt: Nullable(T.String()),
  manages: T.Boolean(),
  objectsList: T.Array(RoundObject),
});
export type RoundDetail = Static<typeof RoundDetail>;

const Link = T.Object({ url: T.String(), title: T.String() });

export const SheetPosition = T.Object({
  code: T.String(),
  name: T.String(),
  source: T.String(),
  maxPoints: T.Number(),
  component: T.String(),
  componentName: T.String(),
  directionCode: T.String(),
  directionName: T.String(),
  mine: Nullable(T.Object({ points: T.Number(), comment: Nullable(T.String()), links: T.Array(Link) }), {
    description: 'Свой балл эксперта (или null)',
  }),
  scores: T.Array(
    T.Object({ userId: T.Integer(), scorer: T.String(), points: T.Number(), comment: Nullable(T.String()), links: T.Array(Link) }),
    { description: 'Баллы всех экспертов (руководителям раунда — для расхождений)' },
  ),
  agreed: Nullable(T.Object({ points: T.Number(), comment: Nullable(T.String()), agreedBy: Nullable(T.String()), agreedAt: T.String() })),
  state: StringEnum(['agreed', 'unanimous', 'single', 'disagreement', 'unscored'] as const),
  stateName: T.String(),
  points: Nullable(T.Number({ description: 'Баллы, которые учитывает индекс (null — не оценена или спорная)' })),
  spread: T.Number(),
  evidence: T.Array(T.Object({ id: T.Integer(), fileName: T.String(), size: T.Integer(), uploadedBy: Nullable(T.String()) })),
});
export type SheetPosition = Static<typeof SheetPosition>;

export const ScoringSheet = T.Object({
  round: T.Object({
    id: T.Integer(),
    name: T.String(),
    kind: RoundKind,
    periodName: T.String(),
    catalogueName: T.String(),
    closed: T.Boolean(),
  }),
  object: T.Object({ id: T.Integer(), code: T.String(), name: T.String() }),
  canScore: T.Boolean(),
  canAgree: T.Boolean(),
  scorers: T.Array(T.Object({ userId: T.Integer(), fullName: T.String() })),
  positions: T.Array(SheetPosition),
  index: MechanismIndex,
});
export type ScoringSheet = Static<typeof ScoringSheet>;

export const CreatedEvidence = T.Object({ id: T.Integer(), fileName: T.String(), size: T.Integer() });
export type CreatedEvidence = Static<typeof CreatedEvidence>;

export const RoundImportReport = T.Object({
  objects: T.Array(T.Object({ orgId: T.Integer(), code: T.String(), changed: T.Integer() })),
  changed: T.Integer(),
});
export type RoundImportReport = Static<typeof RoundImportReport>;

export const Scorer = T.Object({
  id: T.Integer(),
  fullName: T.String(),
  role: StringEnum(ROLES),
  roleName: T.String(),
  scopeName: Nullable(T.String()),
});
export type Scorer = Static<typeof Scorer>;

export const CycleEvidence = T.Object({
  text: T.String(),
  link: T.Optional(T.String({ description: 'Страница системы, где это видно (кампания, рейтинг)' })),
});
export type CycleEvidence = Static<typeof CycleEvidence>;

export const CycleComponentView = T.Object({
  code: T.String(),
  name: T.String(),
  cycleBlock: Nullable(T.String()),
  formed: T.Boolean(),
  evidence: T.Array(CycleEvidence),
  selfFormation: Nullable(T.Number()),
  expertFormation: Nullable(T.Number()),
});
export type CycleComponentView = Static<typeof CycleComponentView>;

export const CycleDirectionView = T.Object({
  code: T.String(),
  name: T.String(),
  blockName: T.String(),
  components: T.Array(CycleComponentView),
  selfIndex: Nullable(T.Number()),
  expertIndex: Nullable(T.Number()),
});
export type CycleDirectionView = Static<typeof CycleDirectionView>;

export const CycleView = T.Object({
  scopeOrgId: T.Integer(),
  scopeName: T.String(),
  frameworkId: T.Integer(),
  catalogueName: T.String(),
  selfRound: Nullable(T.Object({ id: T.Integer(), name: T.String() })),
  expertRound: Nullable(T.Object({ id: T.Integer(), name: T.String() })),
  directions: T.Array(CycleDirectionView),
});
export type CycleView = Static<typeof CycleView>;

export const RoundList = T.Object({ items: T.Array(RoundSummary) });
export type RoundList = Static<typeof RoundList>;
export const RoundOne = T.Object({ round: RoundDetail });
export type RoundOne = Static<typeof RoundOne>;
export const SheetOne = T.Object({ sheet: ScoringSheet });
export type SheetOne = Static<typeof SheetOne>;
export const EvidenceOne = T.Object({ file: CreatedEvidence });
export type EvidenceOne = Static<typeof EvidenceOne>;
export const ImportReportOne = T.Object({ report: RoundImportReport });
export type ImportReportOne = Static<typeof ImportReportOne>;
export const CycleOne = T.Object({ cycle: CycleView });
export type CycleOne = Static<typeof CycleOne>;
export const ScorerList = T.Object({ items: T.Array(Scorer) });
export type ScorerList = Static<typeof ScorerList>;

// The app builds these views; drift fails tsc.
