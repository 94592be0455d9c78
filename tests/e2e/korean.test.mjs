// Korean on every page and every tour chapter: with lang=ko, after a little training so the
// readouts are filled, no run of three English words is left once the seed's own English terms
// are set aside; the screenshots are kept for looking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, waitFor, still, shot, untranslated } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

// Each page and the button that trains it (none: nothing to train there).
const PAGES = [['home', null], ['data', null], ['diffusion', 'play'], ['flow', 'play'], ['gan', 'gan-play'], ['vae', 'vae-play'], ['images', null], ['lineup', null], ['compare', 'compare-play']];

for (const [id, play] of PAGES) {
  test(`the ${id} page in Korean has no untranslated English`, async () => {
    const { page, errors } = await open(ctx, srv.base + `?page=${id}&device=cpu&lang=ko&seed=11`);
    await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
    if (play) {
      await page.click(`[data-testid=${play}]`);
      await page.waitForTimeout(6000);
      await page.click(`[data-testid=${play}]`);
    }
    await still(page, 1_000);
    await shot(page, `ko-${id}`);
    const english = await untranslated(page);
    assert.deepEqual(english, [], `untranslated on ${id}: ${english.join(' | ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('every tour chapter in Korean has no untranslated English, and each opens by its link', async () => {
  const { page, errors } = await open(ctx, srv.base + '?tour=1&device=cpu&lang=ko');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  const total = Number(await page.locator('[data-testid=tour-chapter]').getAttribute('data-total'));
  assert.ok(total >= 11, `${total} chapters`);
  for (let n = 1; n <= total; n++) {
    await page.goto(srv.base + `?tour=${n}&device=cpu&lang=ko`);
    await page.locator('[data-testid=tour]').waitFor();
    await waitFor(page, (n) => window.genlab.state().url.tour === n, n);
    const text = await page.locator('[data-testid=tour]').innerText();
    assert.ok(/[가-힣]/.test(text), `chapter ${n} is not in Korean`);
    const english = await untranslated(page);
    assert.deepEqual(english, [], `chapter ${n}: ${english.join(' | ')}`);
    if (n === 1 || n === 7) await shot(page, `ko-tour-${n}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
