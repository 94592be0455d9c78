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
    assert.ok(Math.abs(shares[1] - small * 100) <= 0.051, `${f}: table ${shares} vs samples ${small}`);
    const covered = (await cell('covered')) === '2 of 2';
    assert.equal(covered, small >= 0.05 && 1 - small >= 0.45, `${f}: covered ${covered} with a small-mode share ${small}`);
  }
  assert.match(await page.locator('[data-testid=truth]').innerText(), /The data's own density gives -\d\.\d\d nats per point/);
  await shot(page, 'compare-paused');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the history scrubber moves all four to one moment, back to live, and resumes from it', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=compare&device=cpu&seed=7');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.click('[data-testid=compare-play]');
  await waitFor(page, () => { const c = window.genlab.state().compare; return c.rows.length === 4 && c.rows.every((r) => r.latest.step >= 800); }, null, 300_000);
  await page.click('[data-testid=compare-play]');
  await waitFor(page, () => !window.genlab.state().compare.running, null, 30_000);
  await page.waitForTimeout(1000);
  const live = await state(page);
  const liveSteps = Object.fromEntries(live.compare.rows.map((r) => [r.family, r.latest.step]));
  const families = ['diffusion', 'flow', 'gan', 'vae'];
  for (const f of families) {
    const h = live.history.find((x) => x.family === f);
    assert.ok(h && h.steps.length >= 5 && h.steps.length <= 64, `${f}: ${h && h.steps.length} copies`);
    assert.equal(h.steps[0], 0);
  }
  // Halfway back in training time: each family shows its copy nearest that moment.
  await page.locator('[data-testid=compare-history-slider]').fill('50');
  await waitFor(page, () => { const s = window.genlab.state(); return s.compare.past && s.history.filter((h) => h.viewing !== null).length === 4; }, null, 60_000);
  await page.waitForTimeout(500);
  const past = await state(page);
  const end = Math.max(...past.history.filter((h) => families.includes(h.family)).map((h) => h.times[h.times.length - 1]));
  for (const f of families) {
    const h = past.history.find((x) => x.family === f);
    const row = past.compare.rows.find((r) => r.family === f);
    assert.equal(row.latest.step, h.steps[h.viewing], `${f}: the panel shows the copy's step`);
    assert.ok(row.latest.step < liveSteps[f], `${f}: ${row.latest.step} is not in the past of ${liveSteps[f]}`);
    // The copy is the one nearest to half the longest training time.
    const target = 0.5 * end;
    const best = Math.min(...h.times.map((t) => Math.abs(t - target)));
    assert.ok(Math.abs(Math.abs(h.times[h.viewing] - target) - best) < 1e-6, `${f}: not the nearest copy`);
  }
  assert.match(await page.locator('[data-testid=compare-history-label]').innerText(), /showing each model as it was after about \d+\.\d s of training/);
  await shot(page, 'compare-scrubbed-back');
  // Live again: the same steps as before.
  await page.click('[data-testid=compare-history-live]');
  await waitFor(page, () => { const s = window.genlab.state(); return !s.compare.past && s.history.every((h) => h.viewing === null); }, null, 60_000);
  const again = await state(page);
  for (const f of families) assert.equal(again.compare.rows.find((r) => r.family === f).latest.step, liveSteps[f], f);
  // Back to a moment and resume: the later copies are gone and training goes on from there.
  await page.locator('[data-testid=compare-history-slider]').fill('30');
  await waitFor(page, () => window.genlab.state().compare.past, null, 60_000);
  const from = Object.fromEntries((await state(page)).history.map((h) => [h.family, h.viewing === null ? null : h.steps[h.viewing]]));
  await page.click('[data-testid=compare-history-resume]');
  await waitFor(page, () => { const s = window.genlab.state(); return !s.compare.past && s.history.every((h) => h.viewing === null); }, null, 60_000);
  const resumed = await state(page);
  for (const f of families) {
    const h = resumed.history.find((x) => x.family === f);
    assert.equal(h.steps[h.steps.length - 1], from[f], `${f}: the later copies were dropped`);
    assert.equal(resumed.compare.rows.find((r) => r.family === f).latest.step, from[f], f);
  }
  await page.click('[data-testid=compare-step]');
  // The round's measurement arrives after it trains (its rows already show the resumed step).
  await waitFor(page, (from) => window.genlab.state().compare.rows.every((r) => r.latest.step > from[r.family]), from, 60_000);
  const on = await state(page);
  for (const f of families) {
    const step = on.compare.rows.find((r) => r.family === f).latest.step;
    assert.ok(step > from[f] && step < liveSteps[f], `${f}: trained on from ${from[f]} to ${step} (the dropped run was at ${liveSteps[f]})`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// Terms the seed itself writes in English (and names, units, symbols), removed before looking
// for English sentences on the Korean page.
const TERMS = ['Flow matching', 'Log-likelihood', 'log-likelihood', 'likelihood', 'implicit model', 'explicit model', 'Diffusion', 'GenLab', 'English',
  'GAN', 'VAE', 'DDPM', 'MMD²', 'Fréchet', 'JS', 'ELBO', 'FID', 'divergence', 'mode', 'seed', 'chunk', 'step', 'noise', 'generator', 'critic',
  'latent', 'decode', 'nats', 'ln', 'log', 'CPU', 'WebGPU', 'steps/s'];

test('in Korean the compare page shows no untranslated English sentence, and the switch goes back', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=compare&device=cpu&seed=42&lang=ko');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  await page.click('[data-testid=compare-play]');
  await waitFor(page, () => { const c = window.genlab.state().compare; return c.rows.length === 4 && c.rows.every((r) => r.log_likelihood || r.family === 'gan'); }, null, 120_000);
  await page.locator('[data-testid=compare-history-slider]').fill('50');
  await waitFor(page, () => window.genlab.state().compare.past, null, 60_000);
  await page.waitForTimeout(800);
  let text = await page.locator('body').innerText();
  for (const t of TERMS) text = text.split(t).join('·');
  const english = text.match(/[A-Za-z][A-Za-z'’-]*(?:[ ,:]+[A-Za-z][A-Za-z'’-]*){2,}/g) || [];
  assert.deepEqual(english, [], `untranslated: ${english.join(' | ')}`);
  assert.match(await page.locator('[data-testid=cell-loglik-gan]').innerText(), /implicit model/);
  assert.match(await page.locator('[data-testid=cell-covered-flow]').innerText(), /^\d+개 중 \d+개$/);
  assert.match(await page.locator('[data-testid=compare-history-label]').innerText(), /약 \d+\.\d초 학습했을 때의 모습/);
  await shot(page, 'compare-ko');
  // The switch: English, in the page and the link.
  await page.click('[data-testid=lang-en]');
  await waitFor(page, () => document.documentElement.lang === 'en');
  assert.match(await page.locator('[data-testid=compare-history-label]').innerText(), /showing each model as it was after about/);
  assert.match(await page.evaluate(() => location.search), /lang=en/);
  assert.deepEqual(errors, []);
  await page.close();
});
