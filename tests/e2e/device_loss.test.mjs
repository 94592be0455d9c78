// The device under training. A page opens training on the CPU at once and measures WebGPU
// beside it; a GPU measured faster takes the CPU's weights along (forced here by the test hook:
// on SwiftShader the CPU may win); a GPU lost mid-run hands its kept weights to the CPU and
// training goes on, instead of starting again from the seed.
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
  await page.close();
});

test('▶ works at once on Auto: training starts on the CPU while WebGPU is measured beside it', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=diffusion&seed=3');
  await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 60_000);
  // The device came before any probe figure: nothing waited for the measurement.
  const first = await state(page);
  assert.equal(first.worker.backend, 'cpu');
  assert.deepEqual(first.worker.probe, []);
  assert.ok(await page.locator('[data-testid=play]').isEnabled());
  await page.click('[data-testid=play]');
  await waitFor(page, () => window.genlab.state().worker.probe.length >= 2, null, 240_000);
  const measured = await state(page);
  assert.deepEqual(measured.worker.probe.map((r) => r.backend).sort(), ['cpu', 'web_gpu']);
  assert.equal(measured.worker.backend, measured.worker.probe[0].steps_per_sec > measured.worker.probe[1].steps_per_sec ? 'web_gpu' : 'cpu',
    JSON.stringify(measured.worker.probe));
  assert.match(await page.locator('[data-testid=probe-table]').innerText(), /WebGPU[\s\S]*CPU/);
  // Training went on through the probe (and the move, if WebGPU won) and goes on still, with
  // its whole curve.
  await waitFor(page, (s0) => window.genlab.state().diffusion.step > s0 + 20, measured.diffusion.step, 120_000);
  const later = await state(page);
  assert.ok(later.diffusion.running);
  const curve = later.diffusion.losses;
  assert.ok(mean(curve.slice(-10)) < 0.85 * mean(curve.slice(0, 10)), `the curve starts ${mean(curve.slice(0, 10))}, ends ${mean(curve.slice(-10))}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a GPU measured faster takes the weights trained on the CPU and training goes on there', async () => {
  // On Auto (a device chosen as CPU loads the CPU-only module, which has no WebGPU to move to).
  const { page, errors } = await open(ctx, srv.base + '?page=data&seed=3');
  await waitFor(page, () => window.genlab.state().worker.probe.length >= 2, null, 240_000);
  // Where WebGPU measured faster, the page is on it already: a lost GPU brings it to the CPU.
  if ((await state(page)).worker.backend === 'web_gpu') await page.evaluate(() => window.genlab.loseGpu());
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu', null, 60_000);
  await page.click('[data-testid=play]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 400, null, 120_000);
  const before = await state(page);
  await page.evaluate(() => window.genlab.moveToGpu());
  await waitFor(page, () => window.genlab.state().worker.backend === 'web_gpu', null, 240_000);
  const notices = (await state(page)).notices.filter((n) => /moved to WebGPU \(the test hook asked for it\)/.test(n));
  assert.equal(notices.length, 1, (await state(page)).notices.join(' | '));
  const moved = Number(notices[0].match(/goes on from step (\d+)/)?.[1]);
  // The weights as they were when the move began: no step lost.
  assert.ok(moved >= before.diffusion.step, `moved at step ${moved}, the CPU was at ${before.diffusion.step}: ${notices[0]}`);
  await waitFor(page, (k) => window.genlab.state().diffusion.step >= k + 20, moved, 240_000);
  const after = await state(page);
  assert.ok(after.diffusion.running);
  const losses = after.diffusion.losses;
  const first = mean(losses.slice(0, 10));
  // The curve may be averaged down by now (it keeps 4,000 points): the step's place in it.
  const at = Math.floor((moved * losses.length) / after.diffusion.top);
  const resumed = mean(losses.slice(at, at + 5));
  assert.ok(resumed < 0.85 * first, `loss right after the move ${resumed.toFixed(3)} vs the first steps ${first.toFixed(3)}`);
  assert.match(await page.locator('[data-testid=backend-badge]').innerText(), /WebGPU/);
  assert.deepEqual(errors, []);
  await page.close();
});
