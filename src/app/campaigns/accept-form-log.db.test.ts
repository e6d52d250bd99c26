import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formIn, systemContext, TODAY } from '../../../test/helpers/campaign-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import type { AppLogger } from '../log-swallowed.ts';
import type * as ComputeResults from '../results/compute-results.ts';
import { acceptForm } from './submission-actions.ts';

// The recompute after an acceptance fails; the acceptance stands and the failure is logged.
vi.mock('../results/compute-results.ts', async (original) => ({
  ...(await original<typeof ComputeResults>()),
  computeResults: () => Promise.reject(new Error('the results table is locked')),
}));

describe('accepting a form whose recompute fails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('accepts, answers «not recomputed» and logs the error with the request id', async () => {
    const { campaign } = await formIn(t.handle.db, t.tree.m1.id, t.tree.s1.id, 'submitted');
    const lines: { details: object; message: string }[] = [];
    const log: AppLogger = { error: (details, message) => lines.push({ details, message }) };
    const report = await acceptForm({ ...systemContext(t.handle.db), requestId: 'req-accept-1', log }, campaign.id, t.tree.s1.id, TODAY);
    expect(report.recomputed).toBe(false);
    expect(report.form.status).toBe('accepted');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toBe(`Form of org ${t.tree.s1.id} in campaign ${campaign.id} accepted, results not recomputed`);
    expect(lines[0]?.details).toMatchObject({ requestId: 'req-accept-1', err: { message: 'the results table is locked' } });
  });
});
