import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/start-test-server.ts';
import { demoTargets, runLoad, type LoadFigures, type LoadTargets } from '../../bench/load-run.ts';

// The short form of `npm run bench:load`: a few seconds of readers and form writers at once against
// a real server on loopback. It asserts what must hold under any load — no error, no failed save,
// nothing acknowledged lost — and no timing (speed is the benchmark's, in bench/RESULTS.md).
describe('a server under concurrent reads and form saves', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let targets: LoadTargets;
  let figures: LoadFigures;

  beforeAll(async () => {
    server = await startTestServer();
    targets = await demoTargets(server.url, server.login, server.password, 4);
    figures = await runLoad(targets, { seconds: 3, readers: 8 });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  it('answers every read and every save', () => {
    expect(targets.forms).toHaveLength(4);
    expect(figures.reads.requests).toBeGreaterThan(0);
    expect(figures.writes.requests).toBeGreaterThan(0);
    for (const group of [figures.reads, figures.writes]) {
      expect({ non2xx: group.non2xx, errors: group.errors, timeouts: group.timeouts }).toEqual({ non2xx: 0, errors: 0, timeouts: 0 });
    }
  });

  it('keeps every acknowledged save', async () => {
    expect(figures.acknowledged).toHaveLength(4);
    for (const ack of figures.acknowledged) {
      const res = await fetch(`${server.url}${ack.path}`, { headers: { cookie: targets.cookie } });
      const { form } = (await res.json()) as { form: { fields: { key: string; value: string | null }[] } };
      expect(form.fields.find((f) => f.key === ack.key)?.value).toBe(ack.value);
    }
  });
});
