// Benchmark (not a test): the Digit models page's two trainers as a user runs them in headless
// Chromium — the digit GAN (from the shipped weights, G at D's rate) and the 2-D VAE (from the
// shipped weights, β = 1), one after the other once the page's lineup has finished drawing, on
// each device: iterations (steps) per second over 20 s of training after the first report,
// counted from the page's own state. Prints one JSON object.
// Run: `node tests/e2e/bench_trainers.mjs` after `trunk build --release`.
import { serve, launch, open, state, waitFor } from './harness.mjs';

const srv = await serve();
const ctx = await launch();
const results = {};
const SECONDS = 20;

for (const device of ['cpu', 'webgpu']) {
  const { page } = await open(ctx, srv.base + `?page=lineup&device=${device}&seed=1`);
  await waitFor(page, () => window.genlab.state().lineup.lineup, null, 900_000);
  const r = { backend: (await state(page)).worker.backend };
  for (const [id, key] of [['dg', 'digit_gan'], ['dv', 'digit_vae']]) {
    await page.click(`[data-testid=${id}-train-go]`);
    await waitFor(page, (k) => { const t = window.genlab.state()[k].train; return t && t.steps > 0; }, key, 600_000);
    const steps = async () => (await state(page))[key].train.steps;
    const [s0, t0] = [await steps(), Date.now()];
    await page.waitForTimeout(SECONDS * 1000);
    const [s1, t1] = [await steps(), Date.now()];
    r[`${key}_per_s`] = +((s1 - s0) / ((t1 - t0) / 1000)).toFixed(2);
    r[`${key}_page_says`] = +(await state(page))[key].train.steps_per_sec.toFixed(2);
    await page.click(`[data-testid=${id}-pause]`);
    await waitFor(page, (k) => !window.genlab.state()[k].train.running, key, 120_000);
  }
  results[device] = r;
  await page.close();
}
console.log(JSON.stringify(results, null, 1));
await ctx.close();
srv.server.close();
