// The stage (lecture mode, issue 36) measured: every chapter's parts (two at 1920×1080, three
// on the compact stage of 1280×720) in both languages — how tall the page is against the screen, where the chapter's
// text ends, how far the views were scaled, and which lit element is off the screen. The
// e2e test (tour.test.mjs) asserts 1920×1080; 1280×720 is measured here until it fits.
// Run: node tests/e2e/bench_stage.mjs (needs dist/ built: ./scripts/serve.sh or test.sh).
import { serve, launch } from './harness.mjs';

const srv = await serve();
const ctx = await launch();
const page = await ctx.newPage();
// SIZES=1280x720 measures one size only.
const sizes = (process.env.SIZES || '1920x1080,1280x720').split(',').map((s) => s.split('x').map(Number));
for (const [W, H] of sizes) {
  await page.setViewportSize({ width: W, height: H });
  for (const lang of ['en', 'ko']) {
    const rows = [];
    for (let n = 1; n <= 14; n++) {
      await page.goto(`${srv.base}?tour=${n}&lecture=1&lang=${lang}&device=cpu`);
      await page.waitForFunction(() => window.genlab && window.genlab.state() !== null, null, { timeout: 60_000 });
      const parts = H <= 820 ? [0, 1, 2] : [0, 1];
      for (const part of parts) {
        if (part) await page.click('[data-testid=tour-next]');
        // As the e2e test does: the views settle (a table fills, a model loads) and the stage
        // fits them within a few frames; a part caught mid-growth is measured again.
        let row;
        for (const pause of [1_500, 500, 500]) {
          await page.waitForTimeout(pause);
          await page.waitForFunction((H) => document.documentElement.scrollHeight <= H, H, { timeout: 8_000 }).catch(() => {});
          await page.waitForTimeout(300);
          row = await page.evaluate(([n, part]) => {
            const column = document.querySelector('.with-tour > .page');
            const off = [...document.querySelectorAll('.tour-lit')].filter((el) => {
              const r = el.getBoundingClientRect();
              return !(r.width > 0 && r.bottom <= innerHeight);
            }).map((el) => el.dataset.testid);
            return { n, part: part + 1, page: document.documentElement.scrollHeight,
              text: Math.round(document.querySelector('[data-testid=tour]').getBoundingClientRect().bottom),
              scale: parseFloat(column.style.zoom || '1'), off };
          }, [n, part]);
          if (row.page <= H) break;
        }
        rows.push(row);
      }
    }
    const fit = rows.filter((r) => r.page <= H);
    const textFits = rows.filter((r) => r.text <= H);
    const scales = rows.map((r) => r.scale);
    console.log(`${W}×${H} ${lang}: ${fit.length} of ${rows.length} parts fit; the chapter's text fits in ${textFits.length}; `
      + `page up to ${Math.max(...rows.map((r) => r.page))} px; views scaled ${Math.min(...scales).toFixed(2)}–${Math.max(...scales).toFixed(2)}`);
    for (const r of rows.filter((r) => r.page > H)) console.log(`  chapter ${r.n} part ${r.part}: page ${r.page} px, text to ${r.text} px, scale ${r.scale}${r.off.length ? `, off the screen: ${r.off.join(' ')}` : ''}`);
  }
}
await ctx.close();
srv.server.close();
