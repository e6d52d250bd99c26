import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../../app/app-error.ts';
import { closeRound } from '../../../app/scoring/close-round.ts';
import { createRound } from '../../../app/scoring/create-round.ts';
import { cycleAtAGlance } from '../../../app/scoring/cycle-at-a-glance.ts';
import { downloadEvidence, EVIDENCE_LIMIT_BYTES, uploadEvidence } from '../../../app/scoring/evidence-files.ts';
import { getRound, listRounds } from '../../../app/scoring/round-queries.ts';
import { exportRoundWorkbook, importRoundWorkbook } from '../../../app/scoring/round-workbook.ts';
import { agreeScore, saveScores } from '../../../app/scoring/save-scores.ts';
import { getSheet } from '../../../app/scoring/scoring-sheet.ts';
import { listScorers } from '../../../app/scoring/list-scorers.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { ANY_USER, rolesOnly, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { UPLOAD_LIMIT_BYTES, XLSX_TYPE } from '../catalogues/routes.ts';
import {
  agreeSchema,
  closeRoundSchema,
  createRoundSchema,
  cycleSchema,
  fileSchema,
  getRoundSchema,
  getSheetSchema,
  importSchema,
  listRoundsSchema,
  saveScoresSchema,
  scorersSchema,
  uploadEvidenceSchema,
} from './schema.ts';
import { decodedHeader, fileNameHeader } from '../../file-name-header.ts';
import type {
  AgreeBody,
  CycleOne,
  CycleQuery,
  EvidenceOne,
  ImportReportOne,
  ObjectParams,
  RoundInput,
  RoundList,
  RoundOne,
  RoundParams,
  ScorerList,
  ScorersQuery,
  ScoresBody,
  SheetOne,
} from '../../../api/scoring.ts';

const MANAGERS = ['admin', 'regional_operator', 'municipal_operator'] as const;
/** Who may read rounds: managers, viewers of the territory, and scorers (experts; operators in a self-assessment). */
const READERS = rolesOnly(...MANAGERS, 'expert', 'viewer');
const SCORERS = writeRoles(...MANAGERS, 'expert');

export async function scoringRoutes(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  app.get<{ Reply: RoundList }>('/api/scoring/rounds', { config: { policy: ANY_USER }, schema: listRoundsSchema }, async (request) => ({
    items: await listRounds(contextOf(request, db)),
  }));

  app.post<{ Body: RoundInput; Reply: RoundOne }>(
    '/api/scoring/rounds',
    { config: { policy: writeRoles(...MANAGERS) }, schema: createRoundSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const created = await createRound(ctx, request.body);
      return reply.status(201).send({ round: await getRound(ctx, created.id) });
    },
  );

  app.get<{ Querystring: ScorersQuery; Reply: ScorerList }>(
    '/api/scoring/scorers',
    { config: { policy: rolesOnly(...MANAGERS) }, schema: scorersSchema },
    async (request) => ({ items: await listScorers(contextOf(request, db), request.query.kind, request.query.territoryId) }),
  );

  app.get<{ Querystring: CycleQuery; Reply: CycleOne }>(
    '/api/cycle',
    { config: { policy: READERS }, schema: cycleSchema },
    async (request) => ({
      cycle: await cycleAtAGlance(contextOf(request, db), request.query.scopeOrgId, request.query.frameworkId),
    }),
  );

  app.get<{ Params: RoundParams; Reply: RoundOne }>(
    '/api/scoring/rounds/:id',
    { config: { policy: READERS }, schema: getRoundSchema },
    async (request) => ({
      round: await getRound(contextOf(request, db), request.params.id),
    }),
  );

  app.get<{ Params: ObjectParams; Reply: SheetOne }>(
    '/api/scoring/rounds/:id/objects/:orgId',
    { config: { policy: READERS }, schema: getSheetSchema },
    async (request) => ({
      sheet: await getSheet(contextOf(request, db), request.params.id, request.params.orgId),
    }),
  );

  app.put<{ Params: ObjectParams; Body: ScoresBody; Reply: SheetOne }>(
    '/api/scoring/rounds/:id/objects/:orgId/scores',
    { config: { policy: SCORERS }, schema: saveScoresSchema },
    async (request) => ({ sheet: await saveScores(contextOf(request, db), request.params.id, request.params.orgId, request.body.scores) }),
  );

  app.post<{ Params: RoundParams; Reply: RoundOne }>(
    '/api/scoring/rounds/:id/close',
    { config: { policy: writeRoles(...MANAGERS) }, schema: closeRoundSchema },
    async (request) => ({
      round: await closeRound(contextOf(request, db), request.params.id),
    }),
  );

  app.post<{ Params: ObjectParams; Body: AgreeBody; Reply: SheetOne }>(
    '/api/scoring/rounds/:id/objects/:orgId/agreed',
    { config: { policy: writeRoles(...MANAGERS) }, schema: agreeSchema },
    async (request) => ({ sheet: await agreeScore(contextOf(request, db), request.params.id, request.params.orgId, request.body) }),
  );

  app.get<{ Params: RoundParams }>(
    '/api/scoring/rounds/:id/export.xlsx',
    { config: { policy: READERS }, schema: fileSchema('Баллы и индексы раунда (XLSX)') },
    async (request, reply) => {
      const { file, fileName } = await exportRoundWorkbook(contextOf(request, db), request.params.id);
      return reply
        .type(XLSX_TYPE)
        .header('Content-Disposition', attachment(fileName, `scoring-round-${request.params.id}.xlsx`))
        .send(file);
    },
  );

  app.get<{ Params: RoundParams }>(
    '/api/scoring/evidence/:id',
    { config: { policy: READERS }, schema: fileSchema('Документ, приложенный к баллу') },
    async (request, reply) => {
      const file = await downloadEvidence(contextOf(request, db), request.params.id);
      return reply
        .type(file.contentType)
        .header('Content-Disposition', attachment(file.fileName, `evidence-${request.params.id}`))
        .send(file.content);
    },
  );

  await app.register(async (scoped) => {
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: EVIDENCE_LIMIT_BYTES }, (_req, body, done) => done(null, body));
    scoped.post<{ Params: ObjectParams; Reply: EvidenceOne }>(
      '/api/scoring/rounds/:id/objects/:orgId/evidence',
      { config: { policy: SCORERS }, schema: uploadEvidenceSchema, bodyLimit: EVIDENCE_LIMIT_BYTES },
      async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const fileName = fileNameHeader(request.headers);
        const position = decodedHeader(request.headers, 'x-position');
        if (fileName === null || position === null) {
          throw new AppError('validation_failed', 'Укажите имя файла (заголовок x-file-name) и позицию оценивания (x-position).');
        }
        const file = await uploadEvidence(contextOf(request, db), request.params.id, request.params.orgId, { position, fileName, bytes });
        return reply.status(201).send({ file });
      },
    );
    scoped.post<{ Params: RoundParams; Reply: ImportReportOne }>(
      '/api/scoring/rounds/:id/import',
      { config: { policy: SCORERS }, schema: importSchema, bodyLimit: UPLOAD_LIMIT_BYTES },
      async (request) => {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
          throw new AppError('import_invalid', 'Пришёл пустой запрос: отправьте книгу .xlsx с баллами в теле запроса.');
        }
        const fileName = fileNameHeader(request.headers) ?? 'баллы.xlsx';
        return { report: await importRoundWorkbook(contextOf(request, db), request.params.id, { bytes: request.body, fileName }) };
      },
    );
  });
}
