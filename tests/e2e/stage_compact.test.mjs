// Lecture mode's compact stage end to end at 1280×720, a small projector: every tour chapter
// in its three parts, in both languages, with screenshots, and a scale that settles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, waitFor, ARTIFACTS } from './harness.mjs';
import { everySlide, projected } from './stage_slides.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('every chapter is one slide at 1280×720 in lecture mode, in both languages, its notation rendered', () => everySlide(ctx, srv, 1280, 720));

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
