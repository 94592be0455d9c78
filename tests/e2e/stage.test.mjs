// Lecture mode's stage end to end: every tour chapter as a lecturer projects it, one slide in
// parts beside only the views it lights, at 1920×1080 and 1280×720 in both languages, with
// screenshots (tests/e2e/artifacts/lecture-*.png). bench_stage.mjs prints the same measures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, waitFor, still, ARTIFACTS } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

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
    columnRight: Math.round(column.getBoundingClientRect().right),
    header: document.querySelector('header.top').getBoundingClientRect().height,
    label: document.querySelector('[data-testid=tour-part]')?.dataset.label ?? null,
    zoom: parseFloat(column.style.zoom || "1"),
    lit,
    // Notation left raw in the page's text (x_t, x_{t−1}): it is rendered as subscripts.
    raw: document.body.innerText.match(/\S_(\{|[\p{L}\d](?![A-Za-z\d_]))/u)?.[0] ?? null,
  };
});

// The stage (issue 36): with lecture=1 each chapter is a slide beside only the views and
// controls it lights, scaled to the screen: two parts at 1920×1080, three on the compact stage
// of a 1280×720 projector (its text, the rest of its text, its tasks). At both sizes and in
// both languages no part scrolls, the chapter's text stays ≥ 22 px, every lit element is on
// the screen, the views are scaled no smaller than the stage allows (ui/stage.rs), and the
// notation is rendered; on the compact stage the header is one slim row and the views fill the
// right half. Screenshots of every part are kept.
for (const [W, H] of [[1920, 1080], [1280, 720]]) {
  test(`every chapter is one slide at ${W}×${H} in lecture mode, in both languages, its notation rendered`, async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const page = await ctx.newPage();
    await page.setViewportSize({ width: W, height: H });
    const zooms = [];
    for (const lang of ['en', 'ko']) {
      for (let n = 1; n <= 14; n++) {
        await page.goto(`${srv.base}?tour=${n}&lecture=1&lang=${lang}&device=cpu`);
        await waitFor(page, () => window.genlab && window.genlab.state() !== null);
        const compact = H <= 820;
        const parts = compact ? ['0', '1', '2'] : ['0', '1'];
        for (const part of parts) {
          if (part !== '0') await page.click('[data-testid=tour-next]');
          const where = `chapter ${n} part ${Number(part) + 1} (${lang}, ${W}×${H})`;
          // The views settle (models load, tables fill: a view can grow a second after the page
          // looks done) and the stage scales them to fit within a quarter of a second; a slide is
          // measured once its worker is up and its layout has held still for `quiet` ms.
          const fits = () => page.waitForFunction((p) => document.querySelector('[data-testid=tour]')?.dataset.part === p
            && document.documentElement.scrollHeight <= innerHeight, part, { timeout: 8_000 }).catch(() => {});
          let m;
          for (const quiet of [800, 1_000, 1_000]) {
            await fits();
            await still(page, quiet);
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
          assert.equal(m.label, `${Number(part) + 1}/${parts.length}`, `${where}: the panel says part ${m.label}`);
          if (compact) {
            assert.ok(m.header <= 50, `${where}: the header is ${m.header} px tall`);
            assert.ok(m.zoom === 1 || m.columnRight >= W - 24, `${where}: the views end at ${m.columnRight} px, leaving the right of the screen empty`);
          }
          zooms.push(m.zoom);
          await page.screenshot({ path: path.join(ARTIFACTS, `lecture-${lang}-${W}-chapter-${n}-part-${Number(part) + 1}.png`) });
        }
      }
    }
    console.log(`views' scale at ${W}×${H}: ${Math.min(...zooms).toFixed(2)}–${Math.max(...zooms).toFixed(2)}`);
    await page.close();
  });
}

// The compact stage of a 1280×720 projector (style.css, ui/stage.rs): the views are laid out
// wider and scaled into the right half, and the scale settles instead of oscillating as panels
// rewrap (here on slides where the models load and the panels rewrap most).
test('at 1280×720 the compact stage settles its scale as the views load, never oscillating', async () => {
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
  const tasks = () => page.locator('[data-testid=tour-task-1]').count();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  // A compact screen: three parts — the text, the rest of the text, the tasks.
  await waitFor(page, () => document.querySelector('[data-testid=tour-part]')?.dataset.label === '1/3');
  await page.keyboard.press('n');
  await waitFor(page, () => document.querySelector('[data-testid=tour]').dataset.part === '1');
  assert.deepEqual(await at(), [1, '1']);
  assert.equal(await tasks(), 0, 'the second of three parts is the rest of the text');
  await page.keyboard.press('n');
  await waitFor(page, () => document.querySelector('[data-testid=tour]').dataset.part === '2');
  assert.equal(await tasks(), 1, 'the third part shows the tasks');
  await page.keyboard.press('n');
  await waitFor(page, () => window.genlab.state().url.tour === 2);
  assert.deepEqual(await at(), [2, '0']);
  await page.keyboard.press('p');
  await waitFor(page, () => window.genlab.state().url.tour === 1);
  assert.deepEqual(await at(), [1, '2'], 'back lands on the last part');
  // A taller screen (the window moved to a 1080p projector): two parts, the tasks still shown.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await waitFor(page, () => document.querySelector('[data-testid=tour-part]')?.dataset.label === '2/2');
  assert.deepEqual(await at(), [1, '1']);
  assert.equal(await tasks(), 1, 'the second of two parts shows the tasks');
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitFor(page, () => document.querySelector('[data-testid=tour-part]')?.dataset.label === '2/3');
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
