// The tour end to end: every chapter opens by its link, and one of its "try this" tasks ticks
// when it is done through the page's own controls (buttons, sliders, selects, the history
// scrubber) — never by setting state. Every chapter as a lecturer projects it (the stage of
// lecture mode) is stage.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, waitFor } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

const task = (k) => `[data-testid=tour-task-${k}]`;
const done = async (page, k) => (await page.locator(task(k)).getAttribute('data-done')) === 'true';
/// Waits until task `k` of the chapter shown is ticked; if it never is, says what the page was
/// doing then (the worker, the image jobs, the notices), so a failure in CI can be read.
async function ticks(page, k, timeout = 120_000) {
  try {
    await page.waitForSelector(`${task(k)}[data-done=true]`, { timeout });
  } catch (e) {
    const seen = await page.evaluate(() => {
      const s = window.genlab.state();
      const { model, asked, progress, loading } = s.images;
      return JSON.stringify({ worker: s.worker, images: { model, asked, progress, loading, scores: s.images.scores.length }, lineup: s.lineup.progress, notices: s.notices });
    }).catch((err) => `state unreadable: ${err}`);
    throw new Error(`task ${k} not ticked in ${timeout} ms; the page: ${seen}`, { cause: e });
  }
}
const cpuReady = (page) => waitFor(page, () => window.genlab.state().worker.backend === 'cpu');

/// Opens chapter `n` on the CPU device; checks it is that chapter, on its page, with no task done.
async function chapter(n, page = null) {
  const opened = page ? { page, errors: [] } : await open(ctx, `${srv.base}?tour=${n}&device=cpu`);
  if (page) { await page.goto(`${srv.base}?tour=${n}&device=cpu`); await waitFor(page, () => window.genlab && window.genlab.state() !== null); }
  const s = await opened.page.evaluate(() => window.genlab.state());
  assert.equal(s.url.tour, n);
  for (const k of [1, 2]) if (await opened.page.locator(task(k)).count()) assert.equal(await done(opened.page, k), false, `chapter ${n}: task ${k} done at the start`);
  return opened;
}

/// Presses a page's ▶ and leaves it training.
async function play(page, id) {
  await cpuReady(page);
  await page.click(`[data-testid=${id}]`);
}

test('the data chapter: the 80/20 button makes one bump more than twice the other', async () => {
  const { page, errors } = await chapter(1);
  assert.equal((await page.evaluate(() => window.genlab.state())).url.page, 'data');
  await page.click('[data-testid="weight-80/20"]');
  await ticks(page, 1, 10_000);
  assert.deepEqual(errors, []);
  await page.close();
});

// Chapter 2's GAN is plain SGD at 0.05 (the chapter's setup): on its 90/10 data it has dropped
// the small mode by 1,000 iterations at every seed measured (tests/all/gan.rs, examples/gan_sweep).
test('variety and explicit models: the GAN drops the small mode the DDPM keeps, then three likelihoods', async () => {
  const { page, errors } = await chapter(2);
  await play(page, 'compare-play');
  await ticks(page, 1, 300_000);
  await page.click('[data-testid=tour-next]');
  await waitFor(page, () => window.genlab.state().url.tour === 3);
  assert.equal((await page.evaluate(() => window.genlab.state())).compare.running, true, 'the same setup keeps the models training');
  await ticks(page, 1, 120_000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('measuring: the scorecard button scores the digits', async () => {
  const { page, errors } = await chapter(4);
  await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; });
  await page.click('[data-testid=image-score]');
  await ticks(page, 1, 240_000);
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.close();
});

test('the GAN game, vanishing gradients and mode collapse tick from the GAN page\'s buttons', async () => {
  const { page, errors } = await chapter(5);
  await cpuReady(page);
  await waitFor(page, () => window.genlab.state().gan.runs.length > 0);
  for (let i = 0; i < 10 && !(await done(page, 1)); i++) {
    await page.click('[data-testid=gan-step-d]');
    await page.waitForTimeout(400);
  }
  await ticks(page, 1, 10_000);
  await chapter(6, page);
  await play(page, 'gan-play');
  await ticks(page, 1, 60_000);
  await chapter(7, page);
  await play(page, 'gan-play');
  await ticks(page, 1, 240_000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the autoencoder\'s holes and the VAE\'s prior tick after training on the VAE page', async () => {
  const { page, errors } = await chapter(8);
  await play(page, 'vae-play');
  await ticks(page, 1, 240_000);
  await chapter(9, page);
  await play(page, 'vae-play');
  await ticks(page, 1, 240_000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the forward process: choosing the cosine schedule ticks', async () => {
  const { page, errors } = await chapter(10);
  await page.selectOption('[data-testid=schedule-kind]', 'cosine');
  await ticks(page, 2, 10_000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the reverse step: the DDPM trained to the quality bar ticks', async () => {
  const { page, errors } = await chapter(11);
  await play(page, 'play');
  await ticks(page, 1, 300_000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('flow matching: independent pairs trained and measured tick', async () => {
  const { page, errors } = await chapter(12);
  await play(page, 'play');
  await ticks(page, 1, 240_000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the compare chapter: the history scrubber moved into the past ticks', async () => {
  const { page, errors } = await chapter(13);
  await play(page, 'compare-play');
  await waitFor(page, () => { const c = window.genlab.state().compare; return c.rows.length === 4 && c.measurements >= 3; }, null, 240_000);
  await page.click('[data-testid=compare-play]');
  await waitFor(page, () => !window.genlab.state().compare.running, null, 30_000);
  await page.locator('[data-testid=compare-history-slider]').fill('0');
  await ticks(page, 2, 20_000);
  assert.deepEqual(errors, []);
  await page.close();
});

// The chapter's text states an order measured on its link (threes, seed 4, the CPU device, real
// digits, 2026-12-06): recall VAE < diffusion < GAN (0.61, 0.75, 0.83), spread highest for
// diffusion (1.13), precision diffusion < GAN, VAE (0.65, 0.86, 0.88). Checked here as the page
// measures it, then both tasks through the page's controls.
test('the seed\'s first picture: the table\'s order as the text says, one of each, then ψ at 0', async () => {
  const { page, errors } = await chapter(14);
  await waitFor(page, () => { const l = window.genlab.state().lineup.lineup; return l && l.pick === 3 && l.columns.length === 4; }, null, 240_000);
  const columns = (await page.evaluate(() => window.genlab.state())).lineup.lineup.columns;
  const of = (f) => columns.find((c) => c.family === f).row.report;
  const [gan, vae, ddpm] = ['gan', 'vae', 'diffusion'].map(of);
  const told = JSON.stringify({ gan, vae, ddpm });
  assert.ok(vae.recall < ddpm.recall && ddpm.recall < gan.recall, `recall: ${told}`);
  assert.ok(ddpm.spread > gan.spread && ddpm.spread > vae.spread, `spread: ${told}`);
  assert.ok(ddpm.precision < gan.precision && ddpm.precision < vae.precision, `precision: ${told}`);
  await page.click('[data-testid=lineup-pick-each]');
  await ticks(page, 1, 240_000);
  await page.locator('[data-testid=lineup-psi]').fill('0');
  await ticks(page, 2, 240_000);
  assert.deepEqual(errors, []);
  await page.close();
});
