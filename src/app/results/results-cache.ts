import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Views kept per database (one version each); the least recently used go first. A rating of a
 * large municipality with its explanations takes megabytes, so the number stays small: enough for
 * the comparisons and periods people are looking at, not for all of them.
 */
const CAPACITY = 24;

const caches = new WeakMap<object, Map<string, { version: string; value: Promise<unknown> }>>();

/**
 * Memoises a results view (a rating with its explanations, a results card) that is derived only
 * from stored results: `version` must change whenever its inputs can, which for results is the
 * latest compute run (every recompute, full or of one organisation, adds one) plus whatever else
 * the view shows (names of the organisations); a new version replaces the old one. The caller checks access before asking, every time;
 * the cached view itself depends on no caller. One cache per database object, so two databases in
 * one process never share entries. A view being computed is shared too: requests that arrive
 * meanwhile wait for that one computation (after a recompute, every open page asks for the same
 * ratings at once) instead of each starting its own. Only successful results are kept: a failed
 * computation leaves the cache, and the next caller tries again. A view is shared by every caller
 * that gets it from here: nobody may change it.
 */
export async function memoView<T>(db: Kysely<Database>, key: string, version: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  cache.delete(key);
  if (hit && hit.version === version) {
    cache.set(key, hit);
    return hit.value as Promise<T>;
  }
  const entry = { version, value: compute() };
  cache.set(key, entry);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  try {
    return await entry.value;
  } catch (error) {
    if (cache.get(key) === entry) cache.delete(key);
    throw error;
  }
}

/** The latest compute run of a catalogue version (any period): the version of every results view of it. */
export async function resultsVersion(db: Kysely<Database>, frameworkId: number): Promise<string> {
  const row = await db
    .selectFrom('compute_run')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('framework_id', '=', frameworkId)
    .executeTakeFirst();
  return String(row?.id ?? 0);
}
