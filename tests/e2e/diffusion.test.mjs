// The diffusion page: forward scrubber, schedule warning, training to the quality bar on the
// CPU device, a reverse chain whose samples meet it, and WebGPU steps that change the loss.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor, shot, ARTIFACTS } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('the forward scrubber noises the data by the closed form', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=diffusion&device=cpu&seed=3');
  const canvas = page.locator('[data-testid=forward-canvas]');
  const t0 = await canvas.screenshot();
  await page.locator('[data-testid=forward-t]').fill('120');
  await waitFor(page, () => document.querySelector('[data-testid=forward-t-value]').textContent.startsWith('t = 120'));
  assert.notDeepEqual(await canvas.screenshot(), t0, 'the forward view did not change with t');
  await shot(page, 'diffusion-forward');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a schedule that does not reach noise is called out', async () => {
  const { page } = await open(ctx, srv.base + '?page=diffusion&device=cpu&T=50&b1=0.02');
  const warning = await page.locator('[data-testid=schedule-warning]').innerText();
  assert.match(warning, /not pure noise/);
  const s = await state(page);
  assert.equal(s.url.diffusion.config.schedule.steps, 50);
  await page.locator('[data-testid=schedule-panel]').screenshot({ path: `${ARTIFACTS}/diffusion-schedule-warning.png` });
  await page.close();
  const ok = await open(ctx, srv.base + '?page=diffusion&device=cpu');
  assert.equal(await ok.page.locator('[data-testid=schedule-warning]').count(), 0);
  await ok.page.close();
});

test('CPU training reaches the quality bar and the reverse chain meets it', async () => {
  // Seed 42, as in the native quality test (tests/all/diffusion.rs).
  const { page, errors } = await open(ctx, srv.base + '?page=diffusion&device=cpu&seed=42');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.click('[data-testid=play]');
  await waitFor(page, () => { const q = window.genlab.state().diffusion.quality; return q && q.passes && q.step >= 1500; }, null, 180_000);
  await page.click('[data-testid=play]');
  await page.click('[data-testid=run-reverse]');
  // The frames arrive first, then the score of their final samples.
  await waitFor(page, () => { const s = window.genlab.state(); return s.diffusion.chain !== null && s.diffusion.quality.step === s.diffusion.chain.step; }, null, 120_000);
  const s = await state(page);
  const n = s.diffusion.chain.n, frames = s.diffusion.chain.ts.length;
  assert.equal(n, 2000);
  assert.ok(frames > 10, `only ${frames} frames`);
  const samples = s.diffusion.chain.xt.slice((frames - 1) * n);
  const left = samples.filter(([x]) => x < 0).length / n;
  assert.ok(Math.abs(left - 0.5) < 0.05, `left share ${left}`);
  const near = samples.filter(([x, y]) => Math.hypot(Math.abs(x) - 2, y) < 1.5).length / n;
  assert.ok(near > 0.95, `near share ${near}`);
  assert.match(await page.locator('[data-testid=chain-info]').innerText(), /2000 points, \d+ frames, .* in \d\.\d\d s\./);
  assert.equal(s.diffusion.quality.step, s.diffusion.chain.step);
  assert.ok(s.diffusion.quality.passes, JSON.stringify(s.diffusion.quality));
  // The first frame is noise: spread like N(0, I), not like the data.
  const first = s.diffusion.chain.xt.slice(0, n);
  const varX = first.reduce((a, [x]) => a + x * x, 0) / n;
  assert.ok(varX > 0.7 && varX < 1.3, `x_T variance ${varX}`);
  await page.click('[data-testid=toggle-field]');
  await waitFor(page, () => window.genlab.state().diffusion.field !== null);
  await waitFor(page, () => !document.querySelector('[data-testid=reverse-t]').textContent.includes('no chain'));
  await page.waitForTimeout(4500); // let the animation finish
  await shot(page, 'diffusion-reverse-finished');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a setting moved after training keeps the model and offers a retrain, the DDPM and flow matching alike', async () => {
  let { page } = await open(ctx, srv.base + '?page=diffusion&device=cpu');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.click('[data-testid=step]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 10);
  await page.selectOption('[data-testid=schedule-kind]', 'cosine');
  await page.waitForSelector('[data-testid=stale-model]');
  await page.click('[data-testid=retrain]');
  await waitFor(page, () => { const d = window.genlab.state().diffusion; return d.step === 0 && d.config.schedule.kind === 'cosine'; });
  assert.equal(await page.locator('[data-testid=stale-model]').count(), 0);
  await page.close();
  // Flow matching: the same. Its pairing moved after training keeps the trained model.
  ({ page } = await open(ctx, srv.base + '?page=flow&device=cpu'));
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.click('[data-testid=step]');
  await waitFor(page, () => window.genlab.state().flow.step >= 10);
  await page.click('[data-testid=coupling-ot]');
  await page.waitForSelector('[data-testid=stale-model]');
  await page.waitForTimeout(500);
  const kept = (await state(page)).flow;
  assert.ok(kept.step >= 10 && kept.config.coupling === 'independent', `the trained model stays: ${JSON.stringify(kept.config)} at ${kept.step}`);
  await page.click('[data-testid=retrain]');
  await waitFor(page, () => { const f = window.genlab.state().flow; return f.step === 0 && f.config.coupling === 'ot'; });
  assert.equal(await page.locator('[data-testid=stale-model]').count(), 0);
  await page.close();
});

test('WebGPU (SwiftShader) training steps change the loss', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=diffusion&device=webgpu&seed=3');
  await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 240_000);
  assert.equal((await state(page)).worker.backend, 'web_gpu');
  await page.click('[data-testid=step]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 10, null, 240_000);
  await page.click('[data-testid=step]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 20, null, 240_000);
  const l = (await state(page)).diffusion.losses;
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  assert.ok(l.every(Number.isFinite));
  assert.notEqual(mean(l.slice(0, 10)), mean(l.slice(10)));
  assert.deepEqual(errors, []);
  await page.close();
});
