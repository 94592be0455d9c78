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

// The chain the page runs by itself once the model is loaded, with the settings in the URL.
async function chain(page, label) {
  let frameRate = null;
  if (label.includes('ddpm')) frameRate = await fps(page, 3000);
  await waitFor(page, () => window.genlab.state().images.chain !== null, null, 600_000);
  const c = (await state(page)).images.chain;
  const steps = c.ts.length - 1;
  results[label] = { seconds: +(c.ms / 1000).toFixed(2), steps_per_sec: +(steps * 1000 / c.ms).toFixed(1) };
  if (frameRate !== null) results[label].page_fps_while_running = frameRate;
}

for (const device of ['cpu', 'webgpu']) {
  const t0 = Date.now();
  const { page } = await open(ctx, srv.base + `?page=images&device=${device}&iclass=each`);
  await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; }, null, 300_000);
  results[`${device}_open_to_model_loaded_ms`] = Date.now() - t0;
  results.weights_bytes = (await state(page)).images.model.bytes;
  const settings = device === 'cpu'
    ? [['iw=0&isteps=50', 'ddim50_unguided'], ['iw=2&isteps=50', 'ddim50_guided'],
       ...(quick ? [] : [['iw=0&isampler=ddpm', 'ddpm1000_unguided'], ['iw=2&isampler=ddpm', 'ddpm1000_guided']])]
    : [['iw=0&isteps=5', 'ddim5_unguided'], ['iw=2&isteps=5', 'ddim5_guided']];
  for (const [query, label] of settings) {
    await page.goto(srv.base + `?page=images&device=${device}&iclass=each&${query}`);
    await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; }, null, 300_000);
    await chain(page, `${device}_${label}`);
  }
  if (device === 'cpu') {
    await page.click('[data-testid=image-train-continue]');
    await page.waitForTimeout(15_000);
    results.cpu_train_steps_per_sec_batch32 = (await state(page)).images.train.steps_per_sec;
    await page.click('[data-testid=image-train-pause]');
  }
  await page.close();
}
console.log(JSON.stringify(results, null, 1));
await ctx.close();
srv.server.close();
