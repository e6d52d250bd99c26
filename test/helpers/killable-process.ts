import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, type DatabaseHandle } from '../../src/db/create-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createTestDatabase, TEST_DATABASE_KIND } from './test-database.ts';

/**
 * A database another process can open, for "killed midway" tests: a fresh PostgreSQL database, or
 * an embedded one on disk (PGlite in memory cannot be shared). `target` is what the child opens.
 */
export interface KillableDatabase {
  handle: DatabaseHandle;
  target: string;
  /** PGlite on disk is one process's: close it before the child opens it. */
  handOver(): Promise<void>;
  /** After the child was killed: open the database again here (PGlite: clearing the dead owner's pid file). */
  takeBack(): Promise<DatabaseHandle>;
  close(): Promise<void>;
}

export async function killableDatabase(): Promise<KillableDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'soko-kill-'));
  let handle: DatabaseHandle;
  let target: string;
  if (TEST_DATABASE_KIND === 'postgres') {
    handle = await createTestDatabase();
    target = handle.target.kind === 'postgres' ? handle.target.url : '';
  } else {
    target = join(dir, 'data');
    handle = await createDatabase({ kind: 'pglite', dataDir: target });
    await migrateToLatest(handle.db);
  }
  const self: KillableDatabase = {
    handle,
    target,
    handOver: async () => {
      if (TEST_DATABASE_KIND === 'pglite') await self.handle.close();
    },
    takeBack: async () => {
      if (TEST_DATABASE_KIND === 'pglite') {
        rmSync(join(target, 'postmaster.pid'), { force: true });
        self.handle = await createDatabase({ kind: 'pglite', dataDir: target });
      }
      return self.handle;
    },
    close: async () => {
      await self.handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return self;
}

/**
 * Runs a test helper script (under test/helpers) in a child process until it prints `marker`, then
 * kills it with SIGKILL and waits for it to end. Returns what it printed; throws, with its output,
 * if it ended before the marker.
 */
export async function runUntilThenKill(script: string, args: readonly string[], marker: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/helpers', script), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const reached = await new Promise<boolean>((done) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(marker)) done(true);
    });
    child.on('exit', () => done(false));
  });
  if (!reached) throw new Error(`${script} ended before «${marker}»:\n${out}\n${err}`);
  child.kill('SIGKILL');
  await new Promise((done) => child.once('exit', done));
  return out;
}
