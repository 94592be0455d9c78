// Accessibility: axe-core (run inside the page, from tests/e2e/node_modules) finds no violation
// of any impact on any page in either language, nor on the tour's chapters (in Korean, with
// their MathML), after each page has loaded its worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, open, waitFor, still } from './harness.mjs';

const AXE = fs.readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

async function scan(query) {
  const { page, errors } = await open(ctx, srv.base + query);
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await still(page, 600);
  // Evaluated by the test driver, not added as an inline <script>: the page's
  // Content-Security-Policy refuses inline scripts, and should.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => (await axe.run(document)).violations
    .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' ; ')}`));
  await page.close();
  return { found, errors };
}

const PAGES = ['home', 'data', 'diffusion', 'flow', 'gan', 'vae', 'images', 'lineup', 'compare'];
for (const lang of ['en', 'ko']) {
  test(`axe finds nothing on any page in ${lang}`, async () => {
    for (const p of PAGES) {
      const { found, errors } = await scan(`?page=${p}&device=cpu&lang=${lang}`);
      assert.deepEqual(found, [], `${p} (${lang})`);
      assert.deepEqual(errors, [], `${p} (${lang})`);
    }
  });
}

test('axe finds nothing on any tour chapter', async () => {
  for (let n = 1; n <= 13; n++) {
    const { found } = await scan(`?tour=${n}&device=cpu&lang=${n % 2 ? 'ko' : 'en'}`);
    assert.deepEqual(found, [], `chapter ${n}`);
  }
});
