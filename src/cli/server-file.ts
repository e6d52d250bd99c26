import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFile } from './private-file.ts';

export const SERVER_FILE = 'server.json';

/** What a running server tells the CLI on the same machine: where it listens and this run's local key. */
export interface ServerFile {
  url: string;
  token: string;
  pid: number;
}

/** Writes `<data>/server.json` (mode 600); removed when the server stops. */
export function writeServerFile(dataDir: string, info: ServerFile): () => void {
  const file = join(dataDir, SERVER_FILE);
  writePrivateFile(file, `${JSON.stringify(info)}\n`);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    rmSync(file, { force: true });
  };
  process.on('exit', remove);
  return remove;
}

/** The running server's file, or null when absent or unreadable. */
export function readServerFile(dataDir: string): ServerFile | null {
  try {
    const v = JSON.parse(readFileSync(join(dataDir, SERVER_FILE), 'utf8')) as Partial<ServerFile>;
    if (typeof v.url !== 'string' || typeof v.token !== 'string' || typeof v.pid !== 'number') return null;
    return { url: v.url, token: v.token, pid: v.pid };
  } catch {
    return null;
  }
}
