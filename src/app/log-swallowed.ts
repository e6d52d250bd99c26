/** The part of a logger (pino's, Fastify's request.log) a use case writes to. */
export interface AppLogger {
  error(details: object, message: string): void;
}

const consoleLogger: AppLogger = {
  error: (details, message) => console.error(message, details),
};

/**
 * Logs an error a use case catches and does not pass on (a recompute that failed after the
 * change itself was saved, a background job's failure): with the request id, so the log line
 * leads to the call that caused it. Never throws.
 */
export function logSwallowed(ctx: { requestId: string | null; log?: AppLogger }, error: unknown, what: string): void {
  try {
    (ctx.log ?? consoleLogger).error({ err: error, requestId: ctx.requestId }, what);
  } catch {
    // a broken logger must not turn a handled failure into an unhandled one
  }
}
