// The tour end to end: every chapter opens by its link, and one of its "try this" tasks ticks
// when it is done through the page's own controls (buttons, sliders, selects, the history
// scrubber) — never by setting state. Then every chapter as a lecturer projects it: on the
// stage (lecture mode) at 1920×1080 and 1280×720, one slide in two parts, with screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, waitFor, ARTIFACTS } from './harness.mjs';

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

/// What a projected chapter shows: its sizes, what overflows, and each lit element's place.
const projected = (page) => page.evaluate(() => {
  const H = innerHeight, W = innerWidth;
  const tour = document.querySelector('[data-testid=tour]').getBoundingClientRect();
  const column = document.querySelector('.with-tour > .page');
  const lit = [...document.querySelectorAll('.tour-lit')].map((el) => {
    const r = el.getBoundingClientRect();
    return { id: el.dataset.testid, shown: r.width > 0 && r.height > 0, bottom: Math.round(r.bottom), right: Math.round(r.right) };
  });
  return {
    lecture: document.documentElement.classList.contains('lecture'),
    staged: document.documentElement.classList.contains('staged'),
    part: document.querySelector('[data-testid=tour]').dataset.part,
    body: parseFloat(getComputedStyle(document.body).fontSize),
    tourText: Math.min(...[...document.querySelectorAll('[data-testid=tour] p:not(.hint), [data-testid=tour] .task > span')]
      .filter((el) => el.offsetParent).map((el) => parseFloat(getComputedStyle(el).fontSize))),
    tall: document.documentElement.scrollHeight, H, wide: document.documentElement.scrollWidth, W,
    tourBottom: Math.round(tour.bottom), columnBottom: Math.round(column.getBoundingClientRect().bottom),
    zoom: parseFloat(column.style.zoom || "1"),
    lit,
    // Notation left raw in the page's text (x_t, x_{t−1}): it is rendered as subscripts.
    raw: document.body.innerText.match(/\S_(\{|[\p{L}\d](?![A-Za-z\d_]))/u)?.[0] ?? null,
  };
});

// The stage (issue 36): with lecture=1 each chapter is a slide in two parts beside only the
// views and controls it lights, scaled to the screen: at 1920×1080, in both languages, neither
// part scrolls, the chapter's text stays ≥ 22 px, every lit element is on the screen, and the
// views are scaled no smaller than the stage allows (ui/stage.rs). 1280×720 does not fit yet
// (22 px text is a third of that screen's lines): tests/e2e/bench_stage.mjs measures it, and
// the test after this one holds the slides that fit there.
for (const [W, H] of [[1920, 1080]]) {
  test(`every chapter is one slide at ${W}×${H} in lecture mode, in both languages, its notation rendered`, async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const page = await ctx.newPage();
    await page.setViewportSize({ width: W, height: H });
    const zooms = [];
    for (const lang of ['en', 'ko']) {
      for (let n = 1; n <= 14; n++) {
        await page.goto(`${srv.base}?tour=${n}&lecture=1&lang=${lang}&device=cpu`);
        await waitFor(page, () => window.genlab && window.genlab.state() !== null);
        for (const part of ['0', '1']) {
          if (part === '1') await page.click('[data-testid=tour-next]');
          const where = `chapter ${n} part ${Number(part) + 1} (${lang}, ${W}×${H})`;
          // The views settle (models load, tables fill: a view can grow a second after the page
          // looks done) and the stage scales them to fit within a quarter of a second.
          const fits = () => page.waitForFunction((p) => document.querySelector('[data-testid=tour]')?.dataset.part === p
            && document.documentElement.scrollHeight <= innerHeight, part, { timeout: 8_000 }).catch(() => {});
          let m;
          for (const pause of [1_500, 500, 500]) {
            await fits();
            await page.waitForTimeout(pause);
            m = await projected(page);
            if (m.tall <= H && m.lit.every((l) => l.shown && l.bottom <= H)) break;
          }
          assert.ok(m.lecture && m.staged, `${where} is not on the stage`);
          assert.equal(m.part, part, `${where}: the panel shows part ${m.part}`);
          assert.equal((await page.evaluate(() => window.genlab.state())).url.tour, n, `${where}: the next part left the chapter`);
          assert.ok(m.body >= 22 && m.tourText >= 22, `${where}: body ${m.body} px, chapter text ${m.tourText} px`);
          assert.ok(m.tall <= H && m.tourBottom <= H && m.columnBottom <= H,
            `${where} overflows: page ${m.tall} px, chapter text to ${m.tourBottom}, views to ${m.columnBottom} (zoom ${m.zoom})`);
          assert.ok(m.wide <= W, `${where} is ${m.wide} px wide`);
          assert.ok(m.lit.length > 0, `${where} lights nothing on the stage`);
          for (const l of m.lit) assert.ok(l.shown && l.bottom <= H && l.right <= W, `${where}: ${l.id} is cut off or hidden (${JSON.stringify(l)})`);
          assert.equal(m.raw, null, `${where} shows raw notation`);
          zooms.push(m.zoom);
          await page.screenshot({ path: path.join(ARTIFACTS, `lecture-${lang}-${W}-chapter-${n}-part-${Number(part) + 1}.png`) });
        }
      }
    }
    console.log(`views' scale at ${W}×${H}: ${Math.min(...zooms).toFixed(2)}–${Math.max(...zooms).toFixed(2)}`);
    await page.close();
  });
}

// The compact stage of a 1280×720 projector (style.css, ui/stage.rs): the header keeps one
// slim row, the chapter takes half the width, and the views are laid out wider and scaled into
// the other half so they fill it. Not every slide fits there yet (bench_stage.mjs counts them);
// these do, in both languages, and the scale settles instead of oscillating as panels rewrap.
test('at 1280×720 the compact stage fits these slides in both languages, its views filling their half', async () => {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const lang of ['en', 'ko']) {
    for (const [n, part] of [[1, 1], [9, 2], [11, 1]]) {
      await page.goto(`${srv.base}?tour=${n}&lecture=1&lang=${lang}&device=cpu`);
      await waitFor(page, () => window.genlab && window.genlab.state() !== null);
      if (part === 2) await page.click('[data-testid=tour-next]');
      const where = `chapter ${n} part ${part} (${lang}, 1280×720)`;
      // The views settle as the models load (a few seconds); the scale follows them down and
      // then holds.
      const style = () => page.evaluate(() => document.querySelector('.with-tour > .page').getAttribute('style'));
      let m, last;
      for (let k = 0; k < 16; k++) {
        await page.waitForTimeout(500);
        m = await projected(page);
        const now = await style();
        if (m.tall <= 720 && m.lit.every((l) => l.shown && l.bottom <= 720) && now === last) break;
        last = now;
      }
      const header = await page.evaluate(() => document.querySelector('header.top').getBoundingClientRect().height);
      assert.ok(header <= 50, `${where}: the header is ${header} px tall`);
      assert.ok(m.body >= 22 && m.tourText >= 22, `${where}: body ${m.body} px, chapter text ${m.tourText} px`);
      assert.ok(m.tall <= 720 && m.tourBottom <= 720 && m.columnBottom <= 720,
        `${where} overflows: page ${m.tall} px, chapter text to ${m.tourBottom}, views to ${m.columnBottom} (zoom ${m.zoom})`);
      for (const l of m.lit) assert.ok(l.shown && l.bottom <= 720 && l.right <= 1280, `${where}: ${l.id} is cut off or hidden (${JSON.stringify(l)})`);
      const right = await page.evaluate(() => document.querySelector('.with-tour > .page').getBoundingClientRect().right);
      assert.ok(right >= 1280 - 24, `${where}: the views end at ${right} px, leaving the right of the screen empty`);
      // Settled: over the next 2 s the scale may still follow a growing view down, never back
      // up (an oscillation goes both ways).
      const zooms = [];
      for (let k = 0; k < 8; k++) {
        zooms.push(parseFloat((await style()).match(/zoom: ([\d.]+)/)[1]));
        await page.waitForTimeout(250);
      }
      assert.ok(zooms.every((z, k) => k === 0 || z <= zooms[k - 1]), `${where}: the scale goes back up: ${zooms}`);
      await page.screenshot({ path: path.join(ARTIFACTS, `lecture-${lang}-1280-chapter-${n}-part-${part}.png`) });
    }
  }
  await page.close();
});

test('on the stage N and P walk the parts and the chapters, and the whole page is a click away', async () => {
  const { page, errors } = await open(ctx, `${srv.base}?tour=1&lecture=1&device=cpu`);
  await page.setViewportSize({ width: 1280, height: 720 });
  const at = () => page.evaluate(() => [window.genlab.state().url.tour, document.querySelector('[data-testid=tour]').dataset.part]);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await waitFor(page, () => document.querySelector('[data-testid=tour]').dataset.part === '1');
  assert.deepEqual(await at(), [1, '1']);
  assert.equal(await page.locator('[data-testid=tour-task-1]').count(), 1, 'the second part shows the tasks');
  await page.keyboard.press('n');
  await waitFor(page, () => window.genlab.state().url.tour === 2);
  assert.deepEqual(await at(), [2, '0']);
  await page.keyboard.press('p');
  await waitFor(page, () => window.genlab.state().url.tour === 1);
  assert.deepEqual(await at(), [1, '1'], 'back lands on the last part');
  // The whole page: every panel again (the page scrolls), the chapter's text in full.
  await page.click('[data-testid=stage-whole]');
  await waitFor(page, () => !document.documentElement.classList.contains('staged'));
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight), 'the whole page is longer than the screen');
  assert.equal(await page.locator('[data-testid=loss-chart]').isVisible(), true, 'the views the chapter does not light are back');
  await page.click('[data-testid=stage-whole]');
  await waitFor(page, () => document.documentElement.classList.contains('staged'));
  assert.equal(await page.locator('[data-testid=loss-chart]').isVisible(), false);
  assert.deepEqual(errors, []);
  await page.close();
});
