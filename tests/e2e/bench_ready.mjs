// Benchmark (not a test): how soon each page can be used (issue 36, "▶ at once"), opened
// fresh in headless Chromium with the default device (Auto; WebGPU is SwiftShader here). For
// each page, from navigation start: the app's module started (Trunk's
// TrunkApplicationStarted), the page's ▶ enabled (the worker has a device: on the pages
// without a ▶ of their own, the state says so), and, ▶ pressed the moment it is enabled, the
// first trained step shown; then when the device probe's figures arrived and which device
// trains. The goal: ▶ within 1 s of the module starting. Median of GENLAB_BENCH_RUNS runs (3).
// Prints one JSON object.
// Run: `node tests/e2e/bench_ready.mjs` after `trunk build --release` (GENLAB_DIST picks
// another build).
import { serve, launch } from './harness.mjs';

const RUNS = Number(process.env.GENLAB_BENCH_RUNS || 3);
// page, its ▶ (null: trains by itself, or has no ▶ of its own), and whether a first trained step
// is awaited.
const PAGES = [
  ['home', null, true],
  ['diffusion', 'play', true],
  ['flow', 'play', true],
  ['gan', 'gan-play', true],
  ['vae', 'vae-play', true],
  ['compare', 'compare-play', true],
  ['images', null, false],
  ['lineup', null, false],
];
const srv = await serve();
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/// One fresh load of `id`: the times in ms from navigation start.
async function once(ctx, id, play, step) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.addEventListener('TrunkApplicationStarted', () => { window.__started = performance.now(); });
  });
  await page.goto(`${srv.base}?page=${id}&seed=3`);
  // Polled every frame in the page, so the moment is the page's own (not this script's).
  await page.waitForFunction(([play]) => {
    const s = window.genlab?.state();
    if (!s || s.worker.backend === null) return false;
    if (play) {
      const b = document.querySelector(`[data-testid=${play}]`);
      if (!b || b.disabled) return false;
      b.click();
    }
    window.__ready = performance.now();
    return true;
  }, [play], { polling: 'raf', timeout: 120_000 });
  let first = null;
  if (step) {
    await page.waitForFunction((id) => {
      const s = window.genlab.state();
      const step = {
        home: () => s.diffusion.step,
        diffusion: () => s.diffusion.step,
        flow: () => s.flow.step,
        gan: () => s.gan.runs[0]?.step ?? 0,
        vae: () => s.vae.runs[0]?.step ?? 0,
        compare: () => Math.max(0, ...s.compare.rows.map((r) => r.latest?.step ?? 0)),
      }[id]();
      if (!(step > 0)) return false;
      window.__first = performance.now();
      return true;
    }, id, { polling: 'raf', timeout: 120_000 });
    first = await page.evaluate(() => window.__first);
  }
  await page.waitForFunction(() => window.genlab.state().worker.probe.length > 0, null, { polling: 100, timeout: 240_000 });
  const probed = await page.evaluate(() => performance.now());
  const s = await page.evaluate(() => window.genlab.state());
  const [started, ready] = await page.evaluate(() => [window.__started, window.__ready]);
  await page.close();
  return { started, ready, first, probed, device: s.worker.backend };
}

const out = { when: new Date().toISOString(), dist: process.env.GENLAB_DIST || 'dist', runs: RUNS, pages: {} };
for (const [id, play, step] of PAGES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser each run: nothing compiled or cached from the run before.
    const ctx = await launch();
    runs.push(await once(ctx, id, play, step));
    await ctx.close();
  }
  const m = (k) => (runs.every((r) => r[k] !== null) ? Math.round(median(runs.map((r) => r[k]))) : null);
  out.pages[id] = {
    module_started_ms: m('started'),
    play_enabled_ms: m('ready'),
    play_after_module_ms: Math.round(median(runs.map((r) => r.ready - r.started))),
    first_step_ms: m('first'),
    probe_done_ms: m('probed'),
    devices: runs.map((r) => r.device),
  };
  console.error(id, JSON.stringify(out.pages[id]));
}
console.log(JSON.stringify(out, null, 1));
srv.server.close();
