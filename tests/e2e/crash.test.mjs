// Crash recovery for every family (issue 16): a worker that dies while a family trains is
// reported once, and restarting it brings the page back with the data and the settings kept;
// training then goes on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

const at = (path) => path.split('.').reduce((o, k) => o && o[k], window.genlab.state());

const FAMILIES = [
  // page query (settings away from the defaults), its play button, where its step count is
  ['page=diffusion&sched=cosine&lr=0.003', 'play', 'diffusion.step'],
  ['page=flow&fm_pairs=ot', 'play', 'flow.step'],
  ['page=gan&loss=minimax&glr=0.002', 'gan-play', 'gan.runs.0.step'],
  ['page=vae&beta=0.5', 'vae-play', 'vae.runs.0.step'],
  ['page=compare&weight=0.9', 'compare-play', 'compare.rows.0.latest.step'],
  ['page=images&ibatch=16&isteps=10', 'image-train-continue', 'images.train.steps'],
];

for (const [query, play, steps] of FAMILIES) {
  test(`a worker crash while training (${query.split('&')[0]}) is reported once; a restart keeps data and settings`, async () => {
    const { page, errors } = await open(ctx, `${srv.base}?${query}&data=eight_gaussians&seed=9&device=cpu`);
    await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
    if (query.startsWith('page=images')) await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; }, null, 60_000);
    const before = await state(page);
    await page.click(`[data-testid=${play}]`);
    await waitFor(page, new Function(`const at = ${at}; return (at('${steps}') || 0) >= 2;`), null, 120_000);
    await page.evaluate(() => window.genlab.crashWorker());
    await page.waitForSelector('[data-testid=worker-crashed]');
    await page.waitForTimeout(1000);
    assert.equal(await page.locator('[data-testid=worker-crashed]').count(), 1);
    const crashed = await state(page);
    assert.deepEqual(crashed.notices, [], 'said once, by the banner, not also as notices');
    assert.ok(!crashed.diffusion.running && !crashed.gan.running && !crashed.vae.running && !crashed.flow.running && !crashed.compare.running, `nothing looks as if it still trained: ${JSON.stringify([crashed.diffusion.running, crashed.gan.running, crashed.vae.running, crashed.flow.running, crashed.compare.running, crashed.worker])}`);
    await page.click('[data-testid=restart-worker]');
    await waitFor(page, () => { const w = window.genlab.state().worker; return w.backend === 'cpu' && w.crashed === null; });
    const after = await state(page);
    assert.deepEqual(after.url, before.url, 'the settings are kept');
    assert.deepEqual(after.data.points, before.data.points, 'the data is kept');
    // Training goes on in the new worker.
    if (query.startsWith('page=images')) await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; }, null, 60_000);
    const running = await page.evaluate(new Function(`const at = ${at}; return at('${steps}') || 0;`));
    if (!(await page.evaluate(new Function(`return !!document.querySelector('[data-testid=${play}]')`)))) assert.fail(`no ${play} after the restart`);
    await page.click(`[data-testid=${play}]`);
    await waitFor(page, new Function('n', `const at = ${at}; return (at('${steps}') || 0) > n;`), running, 120_000);
    assert.deepEqual(errors.filter((e) => !/panicked|unreachable|RuntimeError|crash/i.test(e)), []);
    await page.close();
  });
}
