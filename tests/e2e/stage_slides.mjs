// Lecture mode's stage, measured and asserted slide by slide: shared by stage.test.mjs
// (1920×1080) and stage_compact.test.mjs (1280×720), two files so the two sizes run side by side.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { waitFor, still, ARTIFACTS } from './harness.mjs';

/// What a projected chapter shows: its sizes, what overflows, and each lit element's place.
export const projected = (page) => page.evaluate(() => {
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
export async function everySlide(ctx, srv, W, H) {
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
        // looks done) and the stage scales them to fit within a few frames; a slide is
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
}
