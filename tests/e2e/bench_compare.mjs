// Benchmark (not a test): the compare page on the CPU device. Each family first trains alone on
// its own page (its solo speed: the anchor, in the same run), then all four share the compare
// page's clock, with equal time and with equal steps: each family's iterations per second of
// wall time while sharing, and the page's frame rate while four panels train. Prints JSON.
// Run: trunk build --release && node tests/e2e/bench_compare.mjs
import { serve, launch, open, state, waitFor } from './harness.mjs';

const srv = await serve();
const ctx = await launch();
const results = { solo_steps_per_s: {}, shared: {} };
const fps = (page, ms) => page.evaluate((ms) => new Promise((done) => {
  let frames = 0; const t0 = performance.now();
  const tick = () => { frames++; if (performance.now() - t0 < ms) requestAnimationFrame(tick); else done(+(frames * 1000 / (performance.now() - t0)).toFixed(1)); };
  requestAnimationFrame(tick);
}), ms);
const steps = (s) => ({ diffusion: s.diffusion.step, flow: s.flow.step, gan: s.gan.runs[0]?.step ?? 0, vae: s.vae.runs[0]?.step ?? 0 });

const solo = [['diffusion', 'play'], ['flow', 'play'], ['gan', 'gan-play'], ['vae', 'vae-play']];
for (const [family, button] of solo) {
  const { page } = await open(ctx, srv.base + `?page=${family}&device=cpu&seed=1`);
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu', null, 120_000);
  await page.waitForTimeout(1000);
  await page.click(`[data-testid=${button}]`);
  await page.waitForTimeout(3000);
  const a = steps(await state(page)); const t0 = Date.now();
  await page.waitForTimeout(8000);
  const b = steps(await state(page));
  results.solo_steps_per_s[family] = Math.round((b[family] - a[family]) * 1000 / (Date.now() - t0));
  await page.click(`[data-testid=${button}]`);
  await page.close();
}

for (const equal of ['time', 'steps']) {
  const { page } = await open(ctx, srv.base + `?page=compare&device=cpu&seed=1&equal=${equal}`);
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu', null, 120_000);
  await page.waitForTimeout(1000);
  await page.click('[data-testid=compare-play]');
  await page.waitForTimeout(5000);
  const a = steps(await state(page)); const t0 = Date.now();
  const frames = await fps(page, 10_000);
  const b = steps(await state(page));
  const wall = (Date.now() - t0) / 1000;
  const s = await state(page);
  results.shared[equal] = {
    steps_per_s: Object.fromEntries(Object.keys(a).map((f) => [f, Math.round((b[f] - a[f]) / wall)])),
    page_fps_while_training: frames,
    measurements: s.compare.measurements,
    history_copies: Object.fromEntries(s.history.map((h) => [h.family, h.steps.length])),
  };
  await page.click('[data-testid=compare-play]');
  await page.close();
}
console.log(JSON.stringify(results, null, 1));
await ctx.close();
srv.server.close();
