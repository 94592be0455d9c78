// The image page (first part): the seeded digit grid, the forward process on images, and the
// picture upload — a real picture is taken, a corrupt one is refused with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor, shot } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('digits, the forward process on images, and the upload', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=images&seed=3&device=cpu');
  const grid = page.locator('[data-testid=images-grid]');
  const box = await grid.boundingBox();
  assert.ok(box.width > 200 && box.height > 100, `grid ${JSON.stringify(box)}`);
  const forward = page.locator('[data-testid=images-forward-canvas]');
  const at0 = await forward.screenshot();
  await page.locator('[data-testid=images-t]').fill('150');
  await waitFor(page, () => document.querySelector('[data-testid=images-t-value]').textContent === 't = 150');
  assert.notDeepEqual(await forward.screenshot(), at0, 'the forward view did not change with t');
  await shot(page, 'images-forward');
  // A corrupt file: a message, nothing else changes.
  await page.setInputFiles('[data-testid=image-upload]', { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\nthis is not really a png') });
  await waitFor(page, () => document.querySelectorAll('[data-testid=notice]').length > 0);
  assert.match((await page.locator('[data-testid=notice]').first().innerText()), /Picture refused/);
  assert.equal((await state(page)).upload, null);
  // A real picture: a PNG of the page's own digit grid.
  const png = await grid.screenshot();
  await page.setInputFiles('[data-testid=image-upload]', { name: 'digits.png', mimeType: 'image/png', buffer: png });
  await waitFor(page, () => window.genlab.state().upload !== null);
  const up = (await state(page)).upload;
  assert.equal(up.length, 28 * 28);
  assert.ok(up.some((v) => v > 0.3) && up.some((v) => v < 0.1), 'the picture has ink and paper');
  await page.locator('[data-testid=images-t]').fill('60');
  await page.waitForTimeout(200);
  await shot(page, 'images-upload');
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.close();
});

test('the shipped denoiser loads and turns noise into digits step by step', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=images&device=cpu&seed=5');
  await waitFor(page, () => { const m = window.genlab.state().image_model; return m && m.loaded; }, null, 60_000);
  const m = (await state(page)).image_model;
  assert.ok(m.params > 50_000 && m.bytes > 100_000, JSON.stringify(m));
  await page.locator('[data-testid=image-guidance]').fill('2');
  await page.click('[data-testid=image-run]');
  await waitFor(page, () => window.genlab.state().image_chain !== null, null, 120_000);
  const c = (await state(page)).image_chain;
  assert.equal(c.n, 16);
  assert.equal(c.guidance, 2);
  assert.ok(c.ts.length > 10, `${c.ts.length} frames`);
  assert.equal(c.xt.length, c.ts.length * 16 * 784);
  const first = c.xt.slice(0, 16 * 784), last = c.xt.slice(-16 * 784);
  const variance = (v) => v.reduce((a, x) => a + x * x, 0) / v.length;
  assert.ok(Math.abs(variance(first) - 1) < 0.15, `x_T variance ${variance(first)}`);
  // Finished images are mostly paper (−1) with some ink: unlike noise.
  const paper = last.filter((x) => x < -0.5).length / last.length;
  assert.ok(paper > 0.6 && paper < 0.98, `paper share ${paper}`);
  await page.locator('[data-testid=images-reverse]').scrollIntoViewIfNeeded();
  await shot(page, 'images-reverse');
  assert.deepEqual(errors, []);
  await page.close();
});
