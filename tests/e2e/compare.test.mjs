// Flow matching's page and the compare page, in headless Chromium on the CPU device with fixed
// seeds: flow matching trains, solves its ODE in two steps with optimal-transport pairs and
// reports straight paths and an exact likelihood; on the compare page all four families train on
// one clock, the table fills for all four, the GAN's likelihood cell says implicit, the three
// others are finite, and on the 90/10 preset the table's reading of the small mode agrees with
// the samples the page holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor, shot } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('flow matching with transport pairs samples in two steps on nearly straight paths', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=flow&device=cpu&seed=5&fm_pairs=ot&fm_steps=2');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu' && window.genlab.state().flow.config !== null);
  await page.click('[data-testid=play]');
  await waitFor(page, () => window.genlab.state().flow.step >= 1000, null, 180_000);
  await page.click('[data-testid=play]');
  await page.click('[data-testid=run-solve]');
  await waitFor(page, () => { const s = window.genlab.state(); return s.flow.chain !== null && s.flow.chain.sampler.steps === 2; }, null, 60_000);
  await page.click('[data-testid=toggle-density]');
  await waitFor(page, () => window.genlab.state().flow.density !== null, null, 60_000);
  const s = await state(page);
  const c = s.flow.chain;
  assert.equal(c.times.length, 3, 'two steps and the final frame');
  const last = c.xt.slice(2 * c.n);
  const near = last.filter(([x, y]) => Math.hypot(Math.abs(x) - 2, y) < 1.5).length / c.n;
  assert.ok(near > 0.9, `two Euler steps put only ${near} near a cluster`);
  assert.ok(c.straightness < 1.05, `paths ${c.straightness}× a straight line`);
  assert.match(await page.locator('[data-testid=solve-info]').innerText(), /Paths are 1\.0\d\d× as long as straight lines/);
  assert.ok(Number.isFinite(s.flow.density.mean_log_p) && s.flow.density.mean_log_p > -4, `log-likelihood ${s.flow.density.mean_log_p}`);
  assert.equal(s.flow.density.log_p.length, 48 * 48);
  assert.match(await page.locator('[data-testid=log-likelihood]').innerText(), /^-\d\.\d\d\d nats/);
  await shot(page, 'flow-ot-two-steps');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the compare page trains all four on one clock and reads the small mode as the samples do', async () => {
  const { page, errors } = await open(ctx, srv.base + '?preset=compare-9010&device=cpu&seed=42');
  const s0 = await state(page);
  assert.equal(s0.url.page, 'compare');
  assert.equal(s0.url.dataset.weight, 0.9);
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.click('[data-testid=compare-play]');
  // Every family measured with its likelihood at least twice.
  await waitFor(page, () => { const c = window.genlab.state().compare; return c.rows.length === 4 && c.rows.every((r) => r.latest.step >= 1500); }, null, 300_000);
  await shot(page, 'compare-mid-training');
  await page.click('[data-testid=compare-play]');
  await waitFor(page, () => !window.genlab.state().compare.running, null, 30_000);
  await page.waitForTimeout(1500);
  const s = await state(page);
  const families = ['diffusion', 'flow', 'gan', 'vae'];
  assert.deepEqual(s.compare.rows.map((r) => r.family).sort(), [...families].sort());
  for (const f of families) {
    const row = s.compare.rows.find((r) => r.family === f);
    const cell = async (metric) => (await page.locator(`[data-testid=cell-${metric}-${f}]`).innerText()).trim();
    // The table shows what the state holds.
    assert.equal(await cell('mmd2'), row.latest.score.quality.mmd2.toFixed(4), f);
    const loglik = await cell('loglik');
    if (f === 'gan') {
      assert.equal(loglik, 'none: an implicit model');
    } else {
      assert.ok(row.log_likelihood && Number.isFinite(row.log_likelihood.nats), `${f}: ${JSON.stringify(row.log_likelihood)}`);
      assert.match(loglik, f === 'flow' ? /^-\d+\.\d\d \(exact\)$/ : /^≥ -\d+\.\d\d \(bound\)$/, f);
    }
    // The small mode (centre +2, weight 0.1), from the samples the page holds.
    const pts = row.latest.samples;
    const n = pts.length / 2;
    let right = 0;
    for (let i = 0; i < n; i++) if (pts[2 * i] > 0) right += 1;
    const small = right / n;
    const shares = (await cell('shares')).replace(' %', '').split(' / ').map(Number);
    assert.equal(shares[1], Number((small * 100).toFixed(1)), `${f}: table ${shares} vs samples ${small}`);
    const covered = (await cell('covered')) === '2 of 2';
    assert.equal(covered, small >= 0.05 && 1 - small >= 0.45, `${f}: covered ${covered} with a small-mode share ${small}`);
  }
  assert.match(await page.locator('[data-testid=truth]').innerText(), /The data's own density gives -\d\.\d\d nats per point/);
  await shot(page, 'compare-paused');
  assert.deepEqual(errors, []);
  await page.close();
});
