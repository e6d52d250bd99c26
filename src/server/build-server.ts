import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../app/app-error.ts';
import { privateTempUploadsDir } from '../app/assessments/import-files.ts';
import type { Database } from '../db/schema.ts';
import { installAuthHook } from './auth-hook.ts';
import { hasDotSegment } from './dot-segments.ts';
import { fromRouter, installErrorHandler, sendError } from './error-handler.ts';
import { ANY_USER, PUBLIC, type RoutePolicy } from './route-policy.ts';
import { auditRoutes } from './routes/audit/routes.ts';
import { authRoutes } from './routes/auth/routes.ts';
import { catalogueRoutes } from './routes/catalogues/routes.ts';
import { dataImportRoutes } from './routes/data-imports/routes.ts';
import { APP_VERSION, healthRoutes } from './routes/health/routes.ts';
import { orgRoutes } from './routes/orgs/routes.ts';
import { orgRegisterRoutes } from './routes/orgs/register-routes.ts';
import { periodRoutes } from './routes/periods/routes.ts';
import { resultRoutes } from './routes/results/routes.ts';
import { campaignRoutes } from './routes/campaigns/routes.ts';
import { scoringRoutes } from './routes/scoring/routes.ts';
import { personnelRoutes } from './routes/personnel/routes.ts';
import { cycleRoutes } from './routes/cycle/routes.ts';
import { assessmentRoutes } from './routes/assessments/routes.ts';
import { schoolsAtRiskRoutes } from './routes/schools-at-risk/routes.ts';
import { reportRoutes } from './routes/reports/routes.ts';
import { publicRoutes } from './routes/public/routes.ts';
import { boundIntegers } from './bound-integers.ts';
import { CONTENT_SECURITY_POLICY, installSameOriginCheck } from './same-origin.ts';
import { userRoutes } from './routes/users/routes.ts';
import { setupRoutes } from './routes/setup/routes.ts';
import { localRoutes } from './routes/local/routes.ts';

export interface ServerOptions {
  db: Kysely<Database>;
  /** Folder of the built UI (index.html); null serves the API only. */
  uiDir: string | null;
  logger?: boolean;
  secureCookies?: boolean;
  /** Behind a reverse proxy: the client's address from X-Forwarded-For. */
  /** Trusted reverse proxies: true for one on this machine, or addresses/subnets (proxy-addr's words). */
  trustProxy?: boolean | string;
  /**
   * Private folder (0700) where uploaded result files wait until applied or cancelled: the data
   * directory's `uploads`. Without it the server makes a private temporary one and removes it on close.
   */
  uploadsDir?: string;
  /** This run's key for the local-only routes (the CLI beside the server); null or absent: they refuse every call. */
  localToken?: string | null;
  /** The clock of the first-run setup's expiry (tests move it). */
  now?: () => Date;
  /** Called once the first-run setup is done (the server removes the printed setup address file). */
  onSetupComplete?: () => void;
}

/** A registered route as the access tests enumerate it. */
export interface RouteInfo {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with its declared policy (filled by an onRoute hook). */
    routeCatalog: RouteInfo[];
  }
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

// Bodies are validated as sent: no type coercion, no silent removal of unknown fields, so
// bad input is refused instead of quietly changed. Query strings and path parameters arrive
// as text, so only they are coerced to the declared types.
function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, coerceTypes: coerce, removeAdditional: false, useDefaults: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}

// Routes registered by plugins we do not own: the API description is for signed-in users (it
// maps every route and field for an attacker), the static UI files are public.
const PLUGIN_SIGNED_IN_PREFIXES = ['/api/docs'];

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    // only the named proxies are believed: the client's address is the last X-Forwarded-For entry
    // no trusted proxy wrote; entries before it are the client's own words and could name any address
    trustProxy: options.trustProxy === true ? 'loopback' : (options.trustProxy ?? false),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
    frameworkErrors: (error, _request, reply) => void sendError(reply, fromRouter(error)),
  });
  const bodyAjv = makeAjv(false);
  const textAjv = makeAjv(true);
  const routeCatalog: RouteInfo[] = [];
  app.decorate('routeCatalog', routeCatalog);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : textAjv).compile(boundIntegers(schema)));

  app.addHook('onRoute', (route) => {
    if (!route.config?.policy) {
      if (PLUGIN_SIGNED_IN_PREFIXES.some((p) => route.url.startsWith(p))) route.config = { ...route.config, policy: ANY_USER };
      else if (route.url === '/*') route.config = { ...route.config, policy: PUBLIC };
    }
    for (const method of [route.method].flat()) routeCatalog.push({ method, url: route.url, policy: route.config?.policy });
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
    // Swagger UI (/api/docs) runs its own inline scripts; everything else lives under the policy.
    if (!request.url.startsWith('/api/docs')) reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });

  installErrorHandler(app);
  // A path that climbs out of its folder is nobody's page: 404 before the UI fallback or any file.
  app.addHook('onRequest', async (request) => {
    if (hasDotSegment(request.url)) {
      throw new AppError('route_not_found', 'Адрес не найден: путь с «.» или «..» не ведёт ни к одной странице или файлу системы.');
    }
  });
  installSameOriginCheck(app);
  await app.register(fastifyCookie);
  installAuthHook(app, options.db, options.localToken ?? null);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'СОКО API',
        version: APP_VERSION,
        description: 'API системы оценки качества образования. Ошибки: {code, message, details}.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'soko_session' } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { policy: ANY_USER }, schema: { hide: true } }, async () => app.swagger());

  healthRoutes(app, options.db);
  authRoutes(app, options.db, options.secureCookies ?? false);
  orgRoutes(app, options.db);
  await orgRegisterRoutes(app, options.db);
  userRoutes(app, options.db);
  periodRoutes(app, options.db);
  auditRoutes(app, options.db);
  await catalogueRoutes(app, options.db);
  resultRoutes(app, options.db);
  await campaignRoutes(app, options.db);
  await scoringRoutes(app, options.db);
  await reportRoutes(app, options.db);
  await personnelRoutes(app, options.db);
  await cycleRoutes(app, options.db);
  let uploadsDir = options.uploadsDir;
  if (uploadsDir === undefined) {
    const own = privateTempUploadsDir();
    app.addHook('onClose', async () => rm(own, { recursive: true, force: true }));
    uploadsDir = own;
  }
  await assessmentRoutes(app, options.db, uploadsDir);
  await dataImportRoutes(app, options.db, uploadsDir);
  schoolsAtRiskRoutes(app, options.db);
  publicRoutes(app, options.db);
  setupRoutes(app, options.db, options.now ?? (() => new Date()), options.onSetupComplete);
  localRoutes(app, options.db);

  const uiDir = options.uiDir;
  const hasUi = uiDir !== null && existsSync(join(uiDir, 'index.html'));
  if (hasUi) await app.register(fastifyStatic, { root: uiDir, wildcard: true });

  app.setNotFoundHandler(async (request, reply) => {
    if (!request.url.startsWith('/api/') && request.method === 'GET' && hasUi) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendError(
      reply,
      new AppError('route_not_found', `Адрес ${request.method} ${request.url.split('?')[0]} не найден. Список адресов API: /api/docs.`),
    );
  });
  return app;
}
