// Offline after one visit (issue 16): the service worker (sw.js, written by
// scripts/finish_site.mjs) keeps the app shell, the page's module and the shipped models, and the
// real digits once an image page has fetched them; with the network off, every page reloads from
// it, trains and samples.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, waitFor } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.setOffline(false); await ctx?.close(); srv?.server.close(); });

/// Presses `play`, waits until the value at `path` in the state reaches `n`, pauses.
async function trains(page, play, path, n) {
  await waitFor(page, () => window.genlab.state().worker.ready, null, 60_000);
  await page.click(`[data-testid=${play}]`);
  await waitFor(page, ([p, k]) => p.split('.').reduce((o, x) => o && o[x], window.genlab.state()) >= k, [path, n], 120_000);
  await page.click(`[data-testid=${play}]`);
}

test('after one visit, with the network off, every page reloads, trains and samples', async () => {
  const base = srv.base;
  const { page, errors } = await open(ctx, base + '?page=data&device=cpu');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await waitFor(page, () => navigator.serviceWorker.controller !== null, null, 30_000);
  const stored = await page.evaluate(async () => { const keys = await caches.keys(); const c = await caches.open(keys[0]); return (await c.keys()).map((r) => new URL(r.url).pathname); });
  for (const f of ['/', '/boot.js', '/genlab_bg.wasm', '/genlab_cpu_bg.wasm', '/www/worker.js', '/www/models/digits-unet.bin']) assert.ok(stored.includes(f), `${f} is not stored: ${stored}`);
  // The real digits (1.66 MB) are not in the first download: fetched when an image page needs
  // them, and kept from then on.
  assert.ok(!stored.includes('/www/data/mnist.png'), 'the real digits were fetched before any page needed them');
  await page.goto(base + '?page=images&device=cpu&isteps=10');
  await waitFor(page, () => { const m = window.genlab.state()?.images.model; return m && m.loaded; }, null, 120_000);
  await waitFor(page, () => !document.querySelector('[data-testid=images-digits-loading]'), null, 60_000);
  const kept = await page.evaluate(async () => { const keys = await caches.keys(); const c = await caches.open(keys[0]); return (await c.keys()).map((r) => new URL(r.url).pathname); });
  assert.ok(kept.includes('/www/data/mnist.png'), `the real digits are not kept: ${kept}`);

  // The network off, twice over: the browser offline, and the server itself shut down (so not
  // even a request the offline switch missed could be answered).
  await ctx.setOffline(true);
  srv.server.closeAllConnections();
  await new Promise((resolve) => srv.server.close(resolve));
  srv = null;
  const go = async (query) => {
    await page.goto(`${base}?${query}&device=cpu`);
    await waitFor(page, () => window.genlab && window.genlab.state() !== null, null, 60_000);
  };
  await go('page=data');
  assert.ok((await page.evaluate(() => window.genlab.state().data.points.length)) > 0);
  await go('page=diffusion');
  await trains(page, 'play', 'diffusion.step', 30);
  await go('page=flow');
  await trains(page, 'play', 'flow.step', 30);
  await go('page=gan');
  await waitFor(page, () => window.genlab.state().gan.runs.length > 0, null, 60_000);
  await trains(page, 'gan-play', 'gan.runs.0.step', 30);
  await go('page=vae');
  await waitFor(page, () => window.genlab.state().vae.runs.length > 0, null, 60_000);
  await trains(page, 'vae-play', 'vae.runs.0.step', 30);
  await go('page=compare');
  await trains(page, 'compare-play', 'compare.measurements', 1);
  // The images page samples digits with the shipped denoiser, read from the stored copy.
  await go('page=images&isteps=10');
  await waitFor(page, () => { const c = window.genlab.state().images.chain; return c && c.predicted.length === 16; }, null, 120_000);
  // The real digits' grid, from the stored copy too.
  await waitFor(page, () => !document.querySelector('[data-testid=images-digits-loading]'), null, 60_000);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.deepEqual(errors, []);
  await page.close();
});
