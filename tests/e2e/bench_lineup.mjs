// Benchmark (not a test): the Digit models page as a user runs it in headless Chromium — the
// six weight files' download and load, then on each device the time each family takes to draw
// and read back the 16 samples shown (one pass for the GAN and VAE, a DDIM-25 chain for the
// diffusion model), and the whole lineup (300 samples drawn and 400 judged). The first lineup
// is reported apart (shaders and tier-up); then the median of three more. Prints one JSON object.
// Run: ./scripts/bench.sh (builds the site first), or `node tests/e2e/bench_lineup.mjs` after
// `trunk build --release`.
import { serve, launch, open, state, waitFor } from './harness.mjs';

const srv = await serve();
const ctx = await launch();
const results = {};
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const drawn = (page, seed) => waitFor(page, (s) => { const l = window.genlab.state().lineup.lineup; return l && l.seed === s; }, seed, 900_000);

for (const device of ['cpu', 'webgpu']) {
  const t0 = Date.now();
  const { page } = await open(ctx, srv.base + `?page=lineup&device=${device}&seed=1`);
  await waitFor(page, () => { const m = window.genlab.state().lineup.models; return m && m.loaded; }, null, 300_000);
  const r = { open_to_models_loaded_ms: Date.now() - t0, backend: (await state(page)).worker.backend };
  results.weights_bytes = (await state(page)).lineup.models.bytes;
  const runs = [];
  for (let k = 0; k < 4; k++) {
    if (k > 0) await page.click('[data-testid=lineup-again]');
    await drawn(page, 1 + k);
    const l = (await state(page)).lineup.lineup;
    runs.push({ lineup_s: l.ms / 1000, ...Object.fromEntries(l.columns.filter((c) => c.family).map((c) => [`${c.family}_16_ms`, c.ms])) });
  }
  r.first = Object.fromEntries(Object.entries(runs[0]).map(([k, v]) => [k, +v.toFixed(k.endsWith('_s') ? 1 : 0)]));
  r.median_of_next_3 = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, +median(runs.slice(1).map((x) => x[k])).toFixed(k.endsWith('_s') ? 1 : 0)]));
  results[device] = r;
  await page.close();
}
console.log(JSON.stringify(results, null, 1));
await ctx.close();
srv.server.close();
