import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

// The `soko` command as a user runs it, in a child process: one command to its end, or the server
// until it says where it listens. Tests of the CLI and of the first start share these.

export const ROOT = resolve(import.meta.dirname, '../..');
export const SOKO_BIN = join(ROOT, 'bin/soko.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `soko <args>` with the environment given and resolves when it exits. */
export function runSoko(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SOKO_BIN, ...args], { env, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

export interface RunningSoko {
  child: ChildProcess;
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  out: () => string;
}

/** Starts `soko serve` and resolves once it prints «СОКО работает: <url>»; fails if it exits or takes 3 minutes. */
export function startSokoServer(env: NodeJS.ProcessEnv): Promise<RunningSoko> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SOKO_BIN, 'serve'], { env, cwd: ROOT });
    let out = '';
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 180_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /СОКО работает: (http:\/\/localhost:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        done({ child, url: m[1], out: () => out });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** Stops a server started by `startSokoServer` and waits for it to exit. */
export async function stopSokoServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
