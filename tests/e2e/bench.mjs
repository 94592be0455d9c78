// Benchmark (not a test): cold page load, training speed on each device, time to the quality
// bar on the CPU device, reverse-chain times, and the page's frame rate while the worker
// trains and while the reverse animation plays. Prints one JSON object.
// Run: ./scripts/bench.sh   (builds the site first);
// `node tests/e2e/bench.mjs chain [width]` times only the CPU reverse chains, three pages each
// (optionally with another hidden width than the default 64).
import { serve, launch, open, state, waitFor } from './harness.mjs';

const srv = await serve();
const ctx = await launch();
const results = {};
const chainOnly = process.argv[2] === 'chain';
const width = chainOnly && process.argv[3] ? `&width=${process.argv[3]}` : '';
const fps = (page, ms) => page.evaluate((ms) => new Promise((done) => {
  let frames = 0; const t0 = performance.now();
  const tick = () => { frames++; if (performance.now() - t0 < ms) requestAnimationFrame(tick); else done(+(frames * 1000 / (performance.now() - t0)).toFixed(1)); };
  requestAnimationFrame(tick);
}), ms);

for (const run of chainOnly ? [] : [1, 2]) {
  const t0 = Date.now();
  const { page } = await open(ctx, srv.base + '?device=cpu');
  await page.waitForSelector('[data-testid=data-scatter]');
  results[`page_interactive_ms_run${run}`] = Date.now() - t0;
  await page.close();
}

for (const device of chainOnly ? [] : ['cpu', 'webgpu']) {
  const { page } = await open(ctx, srv.base + `?page=diffusion&device=${device}&seed=1`);
  await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 300_000);
  const s0 = await state(page);
  results[`${device}_probe`] = s0.worker.probe;
  const t0 = Date.now();
  await page.click('[data-testid=play]');
  if (device === 'cpu') {
    await waitFor(page, () => { const q = window.genlab.state().diffusion.quality; return q && q.passes; }, null, 300_000);
    results.cpu_time_to_quality_bar_s = +((Date.now() - t0) / 1000).toFixed(1);
    results.cpu_steps_to_quality_bar = (await state(page)).diffusion.quality.step;
  }
  await page.waitForTimeout(2000);
  const a = await state(page); const ta = Date.now();
  results[`${device}_page_fps_while_training`] = await fps(page, device === 'cpu' ? 5000 : 15000);
  const b = await state(page); const tb = Date.now();
  await page.click('[data-testid=play]');
  results[`${device}_train_steps_per_sec`] = +((b.diffusion.step - a.diffusion.step) * 1000 / (tb - ta)).toFixed(1);
  await page.close();
}

// GAN: one D step + one G step per iteration, G and D 2×64, batch 256, Adam, non-saturating
// loss — as the page runs it (views and the meter included, ~10 times a second).
for (const device of chainOnly ? [] : ['cpu', 'webgpu']) {
  const { page } = await open(ctx, srv.base + `?page=gan&device=${device}&gbatch=256`);
  await waitFor(page, () => { const s = window.genlab.state(); return s.worker.backend !== null && s.gan.runs.length && s.gan.runs[0].view; }, null, 300_000);
  await page.click('[data-testid=gan-play]');
  await page.waitForTimeout(device === 'cpu' ? 2000 : 8000);
  const a = await state(page); const ta = Date.now();
  results[`${device}_gan_page_fps_while_training`] = await fps(page, device === 'cpu' ? 5000 : 15000);
  const b = await state(page); const tb = Date.now();
  await page.click('[data-testid=gan-play]');
  results[`${device}_gan_iterations_per_sec`] = +((b.gan.runs[0].step - a.gan.runs[0].step) * 1000 / (tb - ta)).toFixed(1);
  await page.close();
}

// Reverse chains, 2,000 points, T = 1000 (linear 1e-4 → 0.02), after a few training steps.
const chains = chainOnly ? [['cpu', ['ddpm', 'ddim']]] : [['cpu', ['ddpm', 'ddim']], ['webgpu', ['ddim']]];
for (const [device, samplers] of chains) {
  for (const sampler of samplers) {
    const key = `${device}_chain_${sampler === 'ddim' ? 'ddim100' : 'ddpm1000'}_ms`;
    for (let run = 0; run < (chainOnly ? 3 : 1); run++) {
      const q = (sampler === 'ddim' ? '&sampler=ddim&ddim=100' : '') + width;
      const { page } = await open(ctx, srv.base + `?page=diffusion&device=${device}&T=1000&b1=0.02${q}`);
      await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 300_000);
      // As a user would: train for 3 s first (the live quality checks run chains meanwhile,
      // which warms the engine up — PyTorch is timed after training too), pause, then run the
      // chain.
      await page.click('[data-testid=play]');
      await page.waitForTimeout(3000);
      await page.click('[data-testid=play]');
      await waitFor(page, () => !window.genlab.state().diffusion.running, null, 300_000);
      await page.waitForTimeout(500);
      const t0 = Date.now();
      await page.click('[data-testid=run-reverse]');
      // Polled every 20 ms (waitFor's 250 ms would round every figure up to its grid).
      await page.waitForFunction(() => window.genlab.state().diffusion.chain !== null, null, { timeout: 600_000, polling: 20 });
      const ms = Date.now() - t0;
      results[key] = chainOnly ? [...(results[key] || []), ms] : ms;
      // The worker's own time (no scoring, no transfer to the page).
      const c = (await state(page)).diffusion.chain;
      const inWorker = `${key.replace(/_ms$/, '')}_in_worker_ms`;
      results[inWorker] = chainOnly ? [...(results[inWorker] || []), Math.round(c.ms)] : Math.round(c.ms);
      if (device === 'cpu' && sampler === 'ddpm' && !chainOnly) results.page_fps_during_reverse_animation = await fps(page, 2500);
      await page.close();
    }
  }
}
console.log(JSON.stringify(results, null, 2));
await ctx.close();
srv.server.close();
