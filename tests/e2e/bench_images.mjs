// Benchmark (not a test): the image page as a user runs it in headless Chromium — weight
// download and load time, reverse chains of 16 images on each device (DDIM-50 and the full
// 1000-step DDPM, with and without guidance), the frame rate while a chain runs, and
// training in the browser. Chain times include the classifier's verdict and the transfer of
// 40 frames to the page. Prints one JSON object.
// Run: ./scripts/bench.sh --images   (builds the site first), or `node tests/e2e/bench_images.mjs`
// after `trunk build --release`. `--quick` skips the DDPM-1000 chains.
import { serve, launch, open, state, waitFor } from './harness.mjs';

const quick = process.argv.includes('--quick');
const srv = await serve();
const ctx = await launch();
const results = {};
const fps = (page, ms) => page.evaluate((ms) => new Promise((done) => {
  let frames = 0; const t0 = performance.now();
  const tick = () => { frames++; if (performance.now() - t0 < ms) requestAnimationFrame(tick); else done(+(frames * 1000 / (performance.now() - t0)).toFixed(1)); };
  requestAnimationFrame(tick);
}), ms);

// The chain the page runs by itself once the model is loaded (with the settings in the URL;
// the wasm code may still be tiering up), then the same chain again on the same page.
async function chain(page, label, steps) {
  let frameRate = null;
  if (label.includes('ddpm')) frameRate = await fps(page, 3000);
  await waitFor(page, () => window.genlab.state().images.chain !== null, null, 600_000);
  const first = (await state(page)).images.chain.ms;
  await page.click('[data-testid=image-run]');
  await waitFor(page, (b) => window.genlab.state().images.chain.ms !== b, first, 600_000);
  const again = (await state(page)).images.chain.ms;
  results[label] = { first_s: +(first / 1000).toFixed(2), again_s: +(again / 1000).toFixed(2), steps_per_sec_again: +(steps * 1000 / again).toFixed(1) };
  if (frameRate !== null) results[label].page_fps_while_running = frameRate;
}

for (const device of ['cpu', 'webgpu']) {
  const t0 = Date.now();
  const { page } = await open(ctx, srv.base + `?page=images&device=${device}&iclass=each`);
  await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; }, null, 300_000);
  results[`${device}_open_to_model_loaded_ms`] = Date.now() - t0;
  results.weights_bytes = (await state(page)).images.model.bytes;
  const settings = device === 'cpu'
    ? [['iw=0&isteps=50', 'ddim50_unguided', 50], ['iw=2&isteps=50', 'ddim50_guided', 50],
       ...(quick ? [] : [['iw=0&isampler=ddpm', 'ddpm1000_unguided', 1000], ['iw=2&isampler=ddpm', 'ddpm1000_guided', 1000]])]
    : [['iw=0&isteps=5', 'ddim5_unguided', 5], ['iw=2&isteps=5', 'ddim5_guided', 5]];
  await page.close();
  let p2 = null;
  for (const [query, label, steps] of settings) {
    await p2?.close();
    p2 = (await open(ctx, srv.base + `?page=images&device=${device}&iclass=each&${query}`)).page;
    await chain(p2, `${device}_${label}`, steps);
  }
  const page2 = p2;
  if (device === 'cpu') {
    await page2.click('[data-testid=image-train-continue]');
    await page2.waitForTimeout(15_000);
    results.cpu_train_steps_per_sec_batch32 = (await state(page2)).images.train.steps_per_sec;
    await page2.click('[data-testid=image-train-pause]');
  }
  await page2.close();
}
console.log(JSON.stringify(results, null, 1));
await ctx.close();
srv.server.close();
