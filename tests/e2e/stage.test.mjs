// Lecture mode's stage end to end at 1920×1080 (stage_compact.test.mjs is 1280×720): every
// tour chapter as a lecturer projects it, in both languages, with screenshots
// (tests/e2e/artifacts/lecture-*.png), and N / P over the stage. bench_stage.mjs prints the same
// measures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, waitFor } from './harness.mjs';
import { everySlide } from './stage_slides.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('every chapter is one slide at 1920×1080 in lecture mode, in both languages, its notation rendered', () => everySlide(ctx, srv, 1920, 1080));

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
