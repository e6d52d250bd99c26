import { sql, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './schema.ts';

/**
 * Gives code holding a Kysely instance (or one of its transactions) the pooled PostgreSQL client a
 * statement runs on, by the server process id: COPY needs the driver's own client, and a
 * transaction's statements all run on one. Installed by createDatabase on PostgreSQL; plugins
 * pass into transactions, so `trx` finds it too. It changes no query.
 */
export class PostgresClients implements KyselyPlugin {
  readonly #byProcessId = new Map<number, pg.PoolClient>();

  constructor(pool: pg.Pool) {
    pool.on('connect', (client) => this.#byProcessId.set(processId(client), client));
    pool.on('remove', (client) => this.#byProcessId.delete(processId(client)));
  }

  clientOf(processId: number): pg.PoolClient | undefined {
    return this.#byProcessId.get(processId);
  }

  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs) {
    return Promise.resolve(args.result);
  }
}

const processId = (client: pg.PoolClient | pg.Client) => (client as unknown as { processID: number }).processID;

/** The PostgreSQL clients of a Kysely instance or transaction, or null (PGlite). */
function clientsOf(db: Kysely<Database>): PostgresClients | null {
  return db.getExecutor().plugins.find((p): p is PostgresClients => p instanceof PostgresClients) ?? null;
}

/** A value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Writes rows with `COPY … FROM STDIN` on PostgreSQL, on the connection of `db` (a transaction's
 * statements and the COPY are one transaction). `lines` yields rows in COPY's text format, one
 * string per chunk of rows, each line ending in a newline (see copyField). Returns false, writing
 * nothing, on a database without COPY from the client (PGlite): the caller takes its own path.
 * Table and column names come from code, never from users.
 */
export async function copyInto(
  db: Kysely<Database>,
  table: keyof Database,
  columns: readonly string[],
  lines: Iterable<string>,
): Promise<boolean> {
  const clients = clientsOf(db);
  if (!clients) return false;
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  const client = clients.clientOf(rows[0]?.pid ?? -1);
  if (!client) throw new Error('COPY: не найдено соединение с PostgreSQL, на котором идёт транзакция.');
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    const chunks = lines[Symbol.iterator]();
    const writeMore = (): void => {
      for (let next = chunks.next(); !next.done; next = chunks.next()) {
        if (!stream.write(next.value)) {
          stream.once('drain', writeMore);
          return;
        }
      }
      stream.end();
    };
    writeMore();
  });
  return true;
}
