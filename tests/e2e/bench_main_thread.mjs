// Benchmark (not a test): how busy the page's main thread is while each 2-D page trains, and
// while it sits idle, as a user sees it in headless Chromium on the CPU device. The share is
// Chromium's own count of main-thread task time (CDP `Performance.getMetrics`, `TaskDuration`)
// over the wall time of a window; nothing polls the page inside a window (the test hook's
// state() is itself main-thread work), so the figure is the page's alone. Issue 34's goal:
// ≤ 10 % while any 2-D page trains, 0 % idle. Prints one JSON object.
// Run: `node tests/e2e/bench_main_thread.mjs` after `trunk build --release`
// (`GENLAB_BENCH_SECONDS` sets the training window, 10 s by default).
import { serve, launch, open, state, waitFor } from './harness.mjs';

const SECONDS = Number(process.env.GENLAB_BENCH_SECONDS || 10);
// page, its ▶, where its step is in the state, and the button that draws a whole reverse chain
// or ODE solve first (2,000 points × 100 frames, kept in the page's state while it trains on,
// as after a student's first "Run the reverse process").
const PAGES = [
  ['diffusion', 'play', (s) => s.diffusion.step, 'run-reverse', () => window.genlab.state().diffusion.chain],
  ['flow', 'play', (s) => s.flow.step, 'run-solve', () => window.genlab.state().flow.chain],
  ['gan', 'gan-play', (s) => s.gan.runs[0]?.step ?? 0],
  ['vae', 'vae-play', (s) => s.vae.runs[0]?.step ?? 0],
];

const srv = await serve();
const ctx = await launch();

/// Main-thread busy share (0–1) over `ms` of wall time, with the page left alone.
async function busy(cdp, page, ms) {
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const a = await read();
  await page.waitForTimeout(ms);
  const b = await read();
  const wall = b.Timestamp - a.Timestamp;
  const share = (k) => (b[k] - a[k]) / wall;
  return {
    task: share('TaskDuration'),
    script: share('ScriptDuration'),
    layout: share('LayoutDuration'),
    style: share('RecalcStyleDuration'),
  };
}

const results = { seconds: SECONDS, pages: {} };
for (const [name, play, stepOf, chainButton, chainDrawn] of PAGES) {
  const { page, errors } = await open(ctx, srv.base + `?page=${name}&device=cpu&seed=1`);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await waitFor(page, (id) => { const b = document.querySelector(`[data-testid=${id}]`); return b && !b.disabled; }, play, 120_000);
  if (chainButton) {
    await page.click(`[data-testid=${chainButton}]`);
    await waitFor(page, chainDrawn, null, 120_000);
  }
  await page.waitForTimeout(2000); // first paint and the worker's first answers settle
  const idle = await busy(cdp, page, 5000);
  await page.click(`[data-testid=${play}]`);
  await page.waitForTimeout(3000); // warm-up: the first chunks and the first samples
  const s0 = stepOf(await state(page));
  const t0 = Date.now();
  const training = await busy(cdp, page, SECONDS * 1000);
  const s1 = stepOf(await state(page));
  const stepsPerS = (s1 - s0) / ((Date.now() - t0) / 1000);
  await page.click(`[data-testid=${play}]`);
  const pct = (x) => +(100 * x).toFixed(1);
  results.pages[name] = {
    idle_busy_pct: pct(idle.task),
    training_busy_pct: pct(training.task),
    training_script_pct: pct(training.script),
    // What layout and style take of it; the rest is paint, raster and the browser's own tasks.
    training_layout_pct: pct(training.layout),
    training_style_pct: pct(training.style),
    steps_per_s: +stepsPerS.toFixed(0),
    errors: errors.length,
  };
  await page.close();
}
console.log(JSON.stringify(results, null, 1));
await ctx.close();
srv.server.close();
