// The load of issue "reliability under load": readers browse ratings, cards and indicator pages
// while writers save campaign forms, all at once, against a running СОКО server. Used by
// bench/load.bench.ts (60 s, figures for bench/RESULTS.md) and by test/load/load.test.ts (a few
// seconds in CI: no errors, nothing acknowledged lost; no timing asserted).
import autocannon from 'autocannon';

export interface LoadTargets {
  url: string;
  cookie: string;
  /** GET paths the readers cycle through. */
  reads: string[];
  /** One form per writer: PUT path, the field to change, the version to start from. */
  forms: { path: string; key: string; version: number }[];
}

export interface GroupFigures {
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Responses that were not 2xx, and socket errors and timeouts. */
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Of the non-2xx: 409 version conflicts (a writer's own form changed by a save it gave up waiting for). */
  conflicts: number;
}

export interface LoadFigures {
  seconds: number;
  reads: GroupFigures;
  writes: GroupFigures;
  /** Every writer's last acknowledged value, to compare with what the server stores afterwards. */
  acknowledged: { path: string; key: string; value: string }[];
}

const sleep = (ms: number) => (ms > 0 ? new Promise((done) => setTimeout(done, ms)) : Promise.resolve());

/** Start offsets in [0, period) for each user, the same on every run (a small LCG). */
function seededPhases(count: number, period: number): number[] {
  let state = 20261202;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return (state / 2 ** 31) * period;
  });
}

/** Percentile of sorted latencies (ms), nearest rank. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function figures(
  latencies: number[],
  connections: number,
  seconds: number,
  failures: { non2xx: number; errors: number; timeouts: number; conflicts?: number },
): GroupFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    connections,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    non2xx: failures.non2xx,
    errors: failures.errors,
    timeouts: failures.timeouts,
    conflicts: failures.conflicts ?? 0,
  };
}

/** Runs readers and writers together for `seconds`; every latency is kept (not autocannon's buckets). */
export async function runLoad(
  targets: LoadTargets,
  options: { seconds: number; readers: number; /** requests per second of each user; none: back to back */ rate?: number },
): Promise<LoadFigures> {
  const { seconds, readers, rate } = options;
  const headers = { cookie: targets.cookie, 'content-type': 'application/json' };
  const readLatencies: number[] = [];
  const writeLatencies: number[] = [];
  const last = new Map<string, { path: string; key: string; value: string }>();

  // Back to back, autocannon drives the readers. Paced, each reader is a loop of its own that
  // starts at a random moment of the first period: users who do not all click at once.
  const deadline = Date.now() + seconds * 1000;
  const phase = seededPhases(readers + targets.forms.length, rate ? 1000 / rate : 0);
  const readTally = { non2xx: 0, errors: 0, timeouts: 0 };
  const reader = async (index: number) => {
    await sleep(phase[index] ?? 0);
    for (let n = index; Date.now() < deadline; n++) {
      const started = performance.now();
      const path = targets.reads[n % targets.reads.length] ?? '/api/health';
      try {
        const res = await fetch(`${targets.url}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        readLatencies.push(performance.now() - started);
        if (res.status !== 200) readTally.non2xx++;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'TimeoutError') readTally.timeouts++;
        else readTally.errors++;
      }
      await sleep(started + 1000 / (rate ?? 1) - performance.now());
    }
  };
  const reading = rate
    ? Promise.all(Array.from({ length: readers }, (_, i) => reader(i))).then(() => readTally)
    : (() => {
        // autocannon's instance is a promise and an event emitter at once (its types know only the promise)
        const instance = autocannon({
          url: targets.url,
          connections: readers,
          duration: seconds,
          timeout: 10,
          headers,
          requests: targets.reads.map((path) => ({ method: 'GET' as const, path })),
        }) as Promise<autocannon.Result> & { on: (event: 'response', f: (...args: never[]) => void) => void };
        instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => readLatencies.push(time));
        return instance;
      })();

  // Each writer owns one form and saves it in a loop on its own keep-alive connection, sending the
  // version its last save returned: its saves never conflict, so any non-2xx is a failure.
  const writeTally = { non2xx: 0, errors: 0, timeouts: 0, conflicts: 0 };
  const writer = async (form: LoadTargets['forms'][number], index: number) => {
    await sleep(phase[readers + index] ?? 0);
    let version = form.version;
    for (let n = 0; Date.now() < deadline; n++) {
      const value = String(100 + n);
      const started = performance.now();
      const pace = rate ? started + 1000 / rate : 0;
      try {
        const res = await fetch(`${targets.url}${form.path}`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ version, values: { [form.key]: { raw: value } } }),
          signal: AbortSignal.timeout(10_000),
        });
        const text = await res.text();
        writeLatencies.push(performance.now() - started);
        if (res.status !== 200) {
          writeTally.non2xx++;
          if (res.status === 409) writeTally.conflicts++;
          // a save this writer gave up waiting for may have been made since: take the form's version, as a user reloads
          if (res.status === 409) {
            const fresh = await fetch(`${targets.url}${form.path}`, { headers: { cookie: targets.cookie } });
            if (fresh.status === 200) version = ((await fresh.json()) as { form: { version: number } }).form.version;
          }
        } else {
          version = (JSON.parse(text) as { form: { version: number } }).form.version;
          last.set(form.path, { path: form.path, key: form.key, value });
        }
      } catch (error) {
        if (error instanceof DOMException && error.name === 'TimeoutError') writeTally.timeouts++;
        else writeTally.errors++;
      }
      await sleep(pace - performance.now());
    }
  };
  const writing = Promise.all(targets.forms.map((form, i) => writer(form, i)));

  const [readResult] = await Promise.all([reading, writing]);
  return {
    seconds,
    reads: figures(readLatencies, readers, seconds, readResult),
    writes: figures(writeLatencies, targets.forms.length, seconds, writeTally),
    acknowledged: [...last.values()],
  };
}

/** Finds what to load on a server with the demo region: the district's rating, cards, indicator pages and forms. */
export async function demoTargets(url: string, login: string, password: string, writers: number): Promise<LoadTargets> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const get = async <T>(path: string): Promise<T> => {
    const r = await fetch(`${url}${path}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const campaigns = await get<{ items: { id: number }[] }>('/api/campaigns');
  const campaignId = campaigns.items[0]?.id;
  if (campaignId === undefined) throw new Error('the demo campaign is missing');
  const { campaign } = await get<{ campaign: { frameworkId: number; periodId: number; rows: { orgId: number; status: string }[] } }>(
    `/api/campaigns/${campaignId}`,
  );
  const q = `catalogueId=${campaign.frameworkId}&periodId=${campaign.periodId}`;
  const list = await get<{ items: { key: string }[] }>(`/api/ratings?${q}`);
  const key = list.items.find((i) => i.key.endsWith(':school'))?.key;
  if (!key) throw new Error('no computed rating of schools to browse');
  const view = await get<{ content: { indicators: { code: string }[] } }>(`/api/ratings/view?${q}&key=${encodeURIComponent(key)}`);
  const indicators = view.content.indicators.slice(0, 3).map((i) => i.code);
  const forms: LoadTargets['forms'] = [];
  for (const row of campaign.rows.filter((r) => r.status === 'not_started' || r.status === 'draft').slice(0, writers)) {
    const path = `/api/campaigns/${campaignId}/forms/${row.orgId}`;
    const { form } = await get<{ form: { version: number; fields: { key: string }[] } }>(path);
    const field = form.fields[0]?.key;
    if (field) forms.push({ path, key: field, version: form.version });
  }
  const orgIds = campaign.rows.map((r) => r.orgId);
  const reads = [
    `/api/ratings/view?${q}&key=${encodeURIComponent(key)}`,
    ...orgIds.slice(0, 4).map((id) => `/api/results/card?catalogueId=${campaign.frameworkId}&orgId=${id}`),
    ...indicators.map((code) => `/api/results/indicator?${q}&key=${encodeURIComponent(key)}&indicator=${encodeURIComponent(code)}`),
    `/api/campaigns/${campaignId}`,
    ...orgIds.slice(0, 2).map((id) => `/api/orgs/${id}`),
  ];
  return { url, cookie, reads, forms };
}
