// Benchmark (not a test): Save lab and Open lab (issue 36's budget: the default DDPM, flow,
// GAN and VAE saved in ≤ 30 MB, saving and opening each ≤ 1 s on the CPU device). In headless
// Chromium without WebGPU (the CPU module): each of the four 2-D families trains for
// GENLAB_BENCH_TRAIN_S seconds (8) at its page defaults; then Save lab, from the click to the
// download; then, in a fresh tab, Open lab…, from setting the file to the notice that it opened
// and every family's step back. Prints one JSON object.
// Run: `node tests/e2e/bench_lab.mjs` after `trunk build --release` (GENLAB_DIST picks another
// build).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch } from './harness.mjs';

const TRAIN_S = Number(process.env.GENLAB_BENCH_TRAIN_S || 8);
const FAMILIES = [['diffusion', 'play'], ['flow', 'play'], ['gan', 'gan-play'], ['vae', 'vae-play']];
const srv = await serve();
const ctx = await launch({ webgpu: false });
const page = await ctx.newPage();
const steps = {};
await page.goto(`${srv.base}?page=diffusion&seed=3`);
for (const [id, play] of FAMILIES) {
  // Through the page's own navigation: one worker holds all four.
  await page.click(`[data-testid=nav-${id}]`);
  await page.waitForFunction(() => window.genlab?.state()?.worker.backend, null, { timeout: 120_000 });
  await page.click(`[data-testid=${play}]`);
  await page.waitForTimeout(TRAIN_S * 1000);
  await page.click(`[data-testid=${play}]`);
  await page.waitForFunction((id) => window.genlab.state()[id].running === false, id, { timeout: 60_000 });
}
// The page keeps the families it has shown; the save holds all four.
const t0 = Date.now();
const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=lab-save]')]);
const saveMs = Date.now() - t0;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'genlab-bench-')), download.suggestedFilename());
await download.saveAs(file);
const saved = await page.evaluate(() => window.genlab.state().notices.find((n) => n.startsWith('Saved')));
for (const [id] of FAMILIES) steps[id] = await page.evaluate((id) => { const v = window.genlab.state()[id]; return v.step ?? v.runs.map((r) => r.step); }, id);

const other = await ctx.newPage();
await other.goto(`${srv.base}?page=home&seed=8`);
await other.waitForFunction(() => window.genlab?.state()?.worker.ready, null, { timeout: 120_000 });
await other.waitForTimeout(2000); // the landing's first answers settle, as a lecturer's would
const t1 = Date.now();
await other.setInputFiles('[data-testid=lab-open-input]', file);
// Until the notice shows, read off the page (the test hook's state() serialises the whole state,
// ~10 ms a call: polling it every frame would be part of what is timed).
await other.waitForFunction(() => [...document.querySelectorAll('[data-testid=notice]')].some((n) => n.textContent.startsWith('Opened')), null, { timeout: 120_000 });
const openMs = Date.now() - t1;
const opened = await other.evaluate(() => window.genlab.state().notices.find((n) => n.startsWith('Opened')));
console.log(JSON.stringify({
  date: new Date().toISOString(), trained_s_each: TRAIN_S, steps, bytes: fs.statSync(file).size,
  save_ms: saveMs, open_ms: openMs, saved, opened,
}, null, 1));
await ctx.close();
srv.server.close();
