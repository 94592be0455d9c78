// A GPU lost mid-run: training moves to the CPU and goes on from the weights the worker kept
// from WebGPU (SwiftShader here), instead of starting again from the seed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor, shot } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;

test('a lost GPU hands its trained weights to the CPU and training goes on', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=data&device=webgpu&seed=3');
  await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 240_000);
  assert.equal((await state(page)).worker.backend, 'web_gpu');
  await page.click('[data-testid=play]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 80, null, 240_000);
  const before = await state(page);
  await page.evaluate(() => window.genlab.loseGpu());
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu', null, 60_000);
  // A second loss report (a readback still in flight on the old device) changes nothing.
  await page.evaluate(() => window.genlab.loseGpu());
  const notices = (await state(page)).notices.filter((n) => /GPU stopped answering/.test(n));
  assert.equal(notices.length, 1, notices.join(' | '));
  const notice = notices[0];
  assert.ok(notice, (await state(page)).notices.join(' | '));
  const kept = Number(notice.match(/goes on from step (\d+)/)?.[1]);
  assert.ok(kept >= 20 && kept <= before.diffusion.step + 40, `kept step ${kept}, GPU was at ${before.diffusion.step}: ${notice}`);
  // Training goes on by itself on the CPU, from the kept step, with the curve kept.
  await waitFor(page, (k) => window.genlab.state().diffusion.step >= k + 300, kept, 60_000);
  const after = await state(page);
  assert.ok(after.diffusion.running);
  const losses = after.diffusion.losses;
  assert.ok(losses.length >= kept + 250, `curve ${losses.length} values at step ${after.diffusion.step}`);
  const first = mean(losses.slice(0, 10));
  const resumed = mean(losses.slice(kept, kept + 20));
  assert.ok(resumed < 0.85 * first, `loss right after the move ${resumed.toFixed(3)} vs the first steps ${first.toFixed(3)}`);
  assert.match(await page.locator('[data-testid=backend-badge]').innerText(), /CPU/);
  await shot(page, 'gpu-lost');
  assert.deepEqual(errors, []);
});
