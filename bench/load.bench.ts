// Benchmark: 50 simultaneous users against a СОКО server on loopback (npm run bench:load). The
// server runs in its own process (`soko serve` on a fresh data directory with the demo region), so
// the load generator does not share its thread. 40 users browse the district's rating, school cards,
// indicator pages, the campaign and organisation cards; 10 save one campaign form each. Two runs:
// back to back (saturation: what the server can do) and paced at one request per second per user
// (a busy office). After each run every writer's last acknowledged value is read back.
// SOKO_LOAD_SECONDS (default 60) sets the length of each run; SOKO_BENCH_DATABASE_URL runs the
// server on PostgreSQL (an empty database).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { demoTargets, runLoad, type GroupFigures, type LoadFigures, type LoadTargets } from './load-run.ts';

const SECONDS = Number(process.env.SOKO_LOAD_SECONDS ?? 60);
const READERS = 40;
const WRITERS = 10;
const PORT = 18000 + Math.floor(Math.random() * 1000);
const databaseUrl = process.env.SOKO_BENCH_DATABASE_URL;

const dataDir = mkdtempSync(join(tmpdir(), 'soko-load-'));
const server = spawn(process.execPath, ['bin/soko.js', 'serve'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    SOKO_DATA_DIR: dataDir,
    SOKO_DEMO: '1',
    ...(databaseUrl ? { SOKO_DATABASE_URL: databaseUrl } : {}),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverOut = '';
// The server's start-up is shown; its request log (one line per request) is read and dropped.
server.stdout.on('data', (d: Buffer) => {
  if (serverOut.includes('СОКО работает')) return;
  serverOut += d.toString();
  process.stdout.write(d.toString().replace(/^\{"level".*\n/gm, ''));
});
const ready = await new Promise<boolean>((done) => {
  const check = setInterval(() => {
    if (serverOut.includes('СОКО работает')) {
      clearInterval(check);
      done(true);
    }
  }, 200);
  server.on('exit', () => done(false));
});
if (!ready) throw new Error('the server did not start');

try {
  const accounts = readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8');
  const password = /demo\.municipal\s+пароль:\s+(\S+)/.exec(accounts)?.[1];
  if (!password) throw new Error('no demo.municipal password in demo-accounts.txt');
  const url = `http://127.0.0.1:${PORT}`;
  const targets = await demoTargets(url, 'demo.municipal', password, WRITERS);
  const saturated = await runLoad(targets, { seconds: SECONDS, readers: READERS });
  const lostSaturated = await lostUpdates(targets, saturated);
  const paced = await runLoad(await demoTargets(url, 'demo.municipal', password, WRITERS), { seconds: SECONDS, readers: READERS, rate: 1 });
  const lostPaced = await lostUpdates(targets, paced);
  report(saturated, lostSaturated, paced, lostPaced);
} finally {
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Acknowledged saves the server no longer holds. A writer's values only grow, so the stored value
 * must be the last acknowledged one or a later one (a save the client gave up waiting for may
 * still have been made).
 */
async function lostUpdates(targets: LoadTargets, figures: LoadFigures): Promise<number> {
  let lost = 0;
  for (const ack of figures.acknowledged) {
    const res = await fetch(`${targets.url}${ack.path}`, { headers: { cookie: targets.cookie } });
    const { form } = (await res.json()) as { form: { fields: { key: string; value: string | null }[] } };
    const stored = Number(form.fields.find((f) => f.key === ack.key)?.value ?? NaN);
    if (!(stored >= Number(ack.value))) lost++;
  }
  return lost;
}

function report(saturated: LoadFigures, lostSaturated: number, paced: LoadFigures, lostPaced: number): void {
  const ms = (n: number) => `${Math.round(n)}`;
  const row = (name: string, g: GroupFigures, target: string) =>
    `| ${name} | ${g.connections} | ${g.requests} | ${g.perSecond.toFixed(1)} | ${ms(g.p50)} / ${ms(g.p95)} / ${ms(g.p99)} | ${ms(g.max)} | ${g.non2xx} (${g.conflicts}) / ${g.errors} / ${g.timeouts} | ${target} |`;
  const readTarget = (g: GroupFigures) =>
    !databaseUrl ? `p95 < 100 ms, 0 errors: ${g.p95 < 100 && g.non2xx + g.errors + g.timeouts === 0 ? 'pass' : 'falls short'}` : '0 errors';
  console.log(
    `\nLoad on ${databaseUrl ? 'PostgreSQL' : 'the embedded database (PGlite)'}: ${READERS} readers + ${WRITERS} writers, ${SECONDS} s per run; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log('| run | users | requests | per second | p50 / p95 / p99 ms | max ms | non-2xx (409) / failed / timed out | target |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(row('back to back: reads', saturated.reads, readTarget(saturated.reads)));
  console.log(row('back to back: form saves', saturated.writes, '0 errors'));
  console.log(row('paced: reads', paced.reads, readTarget(paced.reads)));
  console.log(row('paced: form saves', paced.writes, '0 errors'));
  console.log(
    `\nAcknowledged saves lost: ${lostSaturated} of ${saturated.acknowledged.length} (back to back), ${lostPaced} of ${paced.acknowledged.length} (paced).`,
  );
}
