// The GAN lab: every preset opened by URL and trained on the CPU device, its claim read back
// through the test hook (window.genlab.state().gan), D-only and G-only steps, a few WebGPU
// iterations, and screenshots of the heatmap, arrows, manifold and side-by-side views.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor, shot } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

/// Opens a GAN link, waits for the device and the first view, trains until run A reaches
/// `steps` iterations, pauses, and returns the state.
async function trainPreset(query, steps, timeout = 150_000) {
  const { page, errors } = await open(ctx, srv.base + query);
  await waitFor(page, () => { const s = window.genlab.state(); return s.worker.backend && s.gan.runs.length > 0 && s.gan.runs[0].view; });
  await page.click('[data-testid=gan-play]');
  await waitFor(page, (n) => window.genlab.state().gan.runs[0].step >= n, steps, timeout);
  await page.click('[data-testid=gan-play]');
  await waitFor(page, () => !window.genlab.state().gan.running);
  return { page, errors, s: await state(page) };
}

const shares = (run) => run.meter.quality.shares;

test('"Stable" covers both clusters within ±0.1 of 50/50', async () => {
  const { page, errors, s } = await trainPreset('?preset=stable&device=cpu', 3000);
  assert.equal(s.gan.runs.length, 1);
  const sh = shares(s.gan.runs[0]);
  assert.ok(sh.every((v) => Math.abs(v - 0.5) <= 0.1), `shares ${sh} at ${s.gan.runs[0].step}`);
  assert.equal(await page.locator('[data-testid=a-covered]').innerText(), '2 of 2');
  await page.click('[data-testid=layer-manifold]');
  await page.waitForTimeout(300);
  await shot(page, 'gan-stable-manifold');
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Mode collapse" collapses run A while run B (Adam) trains beside it', async () => {
  const { page, errors, s } = await trainPreset('?preset=collapse&device=cpu', 2000);
  assert.equal(s.gan.runs.length, 2, 'side by side');
  assert.equal(s.gan.runs[0].step, s.gan.runs[1].step, 'lock-step');
  const sh = shares(s.gan.runs[0]);
  assert.ok(sh.some((v) => v < 0.1), `run A did not collapse: ${sh}`);
  assert.equal(await page.locator('[data-testid=a-collapsed]').count(), 1);
  await shot(page, 'gan-collapse-side-by-side');
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Vanishing gradient": the saturating loss starves G early, the non-saturating one does not', async () => {
  const { page, s } = await trainPreset('?preset=vanishing&device=cpu', 60);
  const early = (run) => { const v = run.g_grad_norm.slice(0, 40); return v.reduce((a, b) => a + b, 0) / v.length; };
  const [sat, ns] = [early(s.gan.runs[0]), early(s.gan.runs[1])];
  assert.ok(sat < 0.1 * ns, `saturating ${sat} vs non-saturating ${ns}`);
  await shot(page, 'gan-vanishing');
  await page.close();
});

test('"Wasserstein-GP" covers both far-apart clusters', async () => {
  const { page, s } = await trainPreset('?preset=wgan&device=cpu', 1500);
  const sh = shares(s.gan.runs[0]);
  assert.ok(sh.every((v) => Math.abs(v - 0.5) <= 0.15), `shares ${sh} at ${s.gan.runs[0].step}`);
  await shot(page, 'gan-wgan');
  await page.close();
});

test('step D only, step G only, and both; reset; a bad GAN link gets notices', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=gan&device=cpu&loss=hinge&k=99');
  const notices = await page.locator('[data-testid=notice]').allInnerTexts();
  assert.equal(notices.length, 2, notices.join(' | '));
  await waitFor(page, () => { const s = window.genlab.state(); return s.worker.backend && s.gan.runs.length === 1 && s.gan.runs[0].view; });
  const run = async () => (await state(page)).gan.runs[0];
  await page.click('[data-testid=gan-step-d]');
  await waitFor(page, () => window.genlab.state().gan.runs[0].step === 1);
  let r = await run();
  assert.deepEqual([r.d_loss.length, r.g_loss.length], [1, 0]);
  await page.click('[data-testid=gan-step-g]');
  await waitFor(page, () => window.genlab.state().gan.runs[0].step === 2);
  r = await run();
  assert.deepEqual([r.d_loss.length, r.g_loss.length, r.g_grad_norm.length], [1, 1, 1]);
  await page.click('[data-testid=gan-step]');
  await waitFor(page, () => window.genlab.state().gan.runs[0].step === 3);
  r = await run();
  assert.deepEqual([r.d_loss.length, r.g_loss.length], [2, 2]);
  await page.click('[data-testid=gan-reset]');
  await waitFor(page, () => window.genlab.state().gan.runs[0].step === 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the GAN trains on WebGPU (SwiftShader)', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=gan&device=webgpu');
  await waitFor(page, () => { const s = window.genlab.state(); return s.worker.backend === 'web_gpu' && s.gan.runs.length === 1 && s.gan.runs[0].view; }, null, 180_000);
  for (let i = 1; i <= 3; i++) {
    await page.click('[data-testid=gan-step]');
    await waitFor(page, (n) => window.genlab.state().gan.runs[0].step === n, i, 120_000);
  }
  const r = (await state(page)).gan.runs[0];
  assert.equal(r.d_loss.length, 3);
  assert.ok(r.d_loss.every(Number.isFinite) && r.g_loss.every(Number.isFinite));
  assert.notEqual(r.d_loss[0], r.d_loss[2], 'the loss did not change');
  assert.equal(r.view.heat.length, 1600);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the speed cap slows training to the chosen iterations per second', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=gan&device=cpu');
  await waitFor(page, () => { const s = window.genlab.state(); return s.worker.backend && s.gan.runs.length === 1 && s.gan.runs[0].view; });
  await page.selectOption('[data-testid=gan-speed]', '10');
  await page.click('[data-testid=gan-play]');
  await page.waitForTimeout(3000);
  await page.click('[data-testid=gan-play]');
  await waitFor(page, () => !window.genlab.state().gan.running);
  const step = (await state(page)).gan.runs[0].step;
  assert.ok(step >= 15 && step <= 45, `${step} iterations in 3 s at 10/s`);
  assert.deepEqual(errors, []);
  await page.close();
});
