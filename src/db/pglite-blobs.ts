import type { PGlite, QueryOptions, Transaction } from '@electric-sql/pglite';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';

/** The comment that names a blob in a statement's text: `/* soko-blob:<id> *\/`. */
const MARK = /\/\* soko-blob:(\d+) \*\//;

/**
 * Hands PGlite the blob of a `COPY … FROM '/dev/blob'` statement run through Kysely. Kysely's
 * PGlite driver passes only the statement and its parameters, and inside a transaction it holds
 * PGlite's own transaction lock, so the blob cannot go around it: the statement carries a mark,
 * and the PGlite instance given to the driver (see `wrap`) adds the marked blob to the options of
 * that one query, in or out of a transaction. Installed by createDatabase on PGlite as a plugin,
 * so a transaction's `trx` finds it as the database's `db` does. It changes no query.
 */
export class PgliteBlobs implements KyselyPlugin {
  readonly #pending = new Map<string, Blob>();
  #next = 0;

  /** Keeps a blob until `release`; the returned comment goes into the statement that reads it. */
  hold(blob: Blob): { mark: string; release: () => void } {
    const id = String(++this.#next);
    this.#pending.set(id, blob);
    return { mark: `/* soko-blob:${id} */`, release: () => this.#pending.delete(id) };
  }

  /** The PGlite instance for Kysely's driver: its queries and its transactions' queries get their marked blob. */
  wrap(pglite: PGlite): PGlite {
    const withBlob = (query: string, options?: QueryOptions): QueryOptions | undefined => {
      const id = MARK.exec(query)?.[1];
      const blob = id === undefined ? undefined : this.#pending.get(id);
      return blob ? { ...options, blob } : options;
    };
    const transactionOf = (tx: Transaction): Transaction =>
      new Proxy(tx, {
        get: (target, prop) =>
          prop === 'query'
            ? (query: string, params?: unknown[], options?: QueryOptions) => target.query(query, params, withBlob(query, options))
            : bound(target, prop),
      });
    return new Proxy(pglite, {
      get: (target, prop) => {
        if (prop === 'query')
          return (query: string, params?: unknown[], options?: QueryOptions) => target.query(query, params, withBlob(query, options));
        if (prop === 'transaction')
          return <T>(callback: (tx: Transaction) => Promise<T>) => target.transaction((tx) => callback(transactionOf(tx)));
        return bound(target, prop);
      },
    });
  }

  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs) {
    return Promise.resolve(args.result);
  }
}

/** A property of an object that keeps private fields: methods are bound to the object itself, not to a proxy of it. */
function bound(target: object, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}
