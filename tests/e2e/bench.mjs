// Benchmark (not a test): cold page load to interactive, and training speed of the 2×64 MLP
// (batch 256) on each device in headless Chromium. Prints one JSON line per figure.
// Run: ./scripts/bench.sh   (builds the site first)
import { serve, launch, open, state, waitFor } from './harness.mjs';

const srv = await serve();
const ctx = await launch();
const results = {};

for (const run of [1, 2]) {
  const t0 = Date.now();
  const { page } = await open(ctx, srv.base + '?device=cpu');
  await page.waitForSelector('[data-testid=data-scatter]');
  results[`page_interactive_ms_run${run}`] = Date.now() - t0;
  await page.close();
}

for (const device of ['cpu', 'webgpu']) {
  const { page } = await open(ctx, srv.base + `?device=${device}&seed=1`);
  await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 300_000);
  const s0 = await state(page);
  results[`${device}_backend`] = s0.worker.backend;
  results[`${device}_probe`] = s0.worker.probe;
  await page.click('[data-testid=play]');
  const seconds = device === 'cpu' ? 10 : 30;
  await page.waitForTimeout(2000); // past warm-up
  const a = await state(page);
  const ta = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const b = await state(page);
  const tb = Date.now();
  await page.click('[data-testid=play]');
  results[`${device}_train_steps_per_sec`] = +((b.worker.step - a.worker.step) * 1000 / (tb - ta)).toFixed(1);
  await page.close();
}
console.log(JSON.stringify(results, null, 2));
await ctx.close();
srv.server.close();
