// The teaching layer in headless Chromium: the landing moves within seconds of opening and
// leads into the tour and the pages; the keys work (and stay quiet while typing); lecture mode
// makes type large, hides settings and holds notices in a corner, at projector sizes; a view
// exports as a captioned PNG and a WebM, and its link is copied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, open, state, waitFor, shot, linkSays } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('the landing moves at once, then leads into the tour and the pages', async () => {
  const { page, errors } = await open(ctx, srv.base + '?device=cpu');
  const canvas = page.locator('[data-testid=landing-ideal]');
  await canvas.waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('genlab-first-move').length > 0, null, { timeout: 10_000 });
  const first = await canvas.screenshot();
  await page.waitForTimeout(500);
  const second = await canvas.screenshot();
  assert.ok(!first.equals(second), 'the reverse process does not move');
  const moved = await page.evaluate(() => performance.getEntriesByName('genlab-first-move')[0].startTime);
  console.log(`first moving frame ${moved.toFixed(0)} ms after navigation`);
  // The real model trains by itself and its samples appear beside the ideal ones.
  await waitFor(page, () => window.genlab.state().diffusion.samples.length > 0, null, 120_000);
  assert.match(await page.locator('[data-testid=landing-live-caption]').innerText(), /at step \d+/);
  await shot(page, 'landing');
  await page.click('[data-testid=start-tour]');
  await waitFor(page, () => window.genlab.state().url.tour === 1);
  assert.match(await linkSays(page, /tour=1/), /tour=1/);
  await page.locator('[data-testid=tour]').waitFor();
  await page.click('[data-testid=tour-close]');
  await waitFor(page, () => window.genlab.state().url.tour === null);
  await page.click('[data-testid=nav-home]');
  await page.click('[data-testid=card-gan]');
  await waitFor(page, () => window.genlab.state().url.page === 'gan');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keys: ? lists them, Space trains, R resets, L lecture, N/P chapters, never while typing', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=diffusion&device=cpu&seed=3');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.keyboard.press('?');
  await page.locator('[data-testid=keys-help]').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('[data-testid=keys-help]').waitFor({ state: 'detached' });
  await page.keyboard.press(' ');
  await waitFor(page, () => window.genlab.state().diffusion.running && window.genlab.state().diffusion.step > 20);
  await page.keyboard.press(' ');
  await waitFor(page, () => !window.genlab.state().diffusion.running);
  await page.keyboard.press('r');
  await waitFor(page, () => window.genlab.state().diffusion.step === 0);
  // Typing a seed on the data page does not press R, L or N.
  await page.click('[data-testid=nav-data]');
  const seed = page.locator('input[type=number]').first();
  await seed.focus();
  await page.keyboard.type('rln');
  const s = await state(page);
  assert.equal(s.url.lecture, false);
  assert.equal(s.url.tour, null);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  await waitFor(page, () => document.documentElement.classList.contains('lecture'));
  assert.match(await linkSays(page, /lecture=1/), /lecture=1/);
  await page.keyboard.press('l');
  await waitFor(page, () => !document.documentElement.classList.contains('lecture'));
  await page.keyboard.press('n');
  await waitFor(page, () => window.genlab.state().url.tour === 1);
  await page.keyboard.press('n');
  await waitFor(page, () => window.genlab.state().url.tour === 2);
  await page.keyboard.press('p');
  await waitFor(page, () => window.genlab.state().url.tour === 1);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [w, h] of [[1920, 1080], [1280, 720]]) {
  test(`lecture mode at ${w}×${h}: large type, settings hidden, notices in a corner`, async () => {
    const { page, errors } = await open(ctx, srv.base + '?page=diffusion&device=cpu&lecture=1&seed=banana');
    await page.setViewportSize({ width: w, height: h });
    await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
    const px = (sel) => page.evaluate((q) => parseFloat(getComputedStyle(document.querySelector(q)).fontSize), sel);
    assert.ok(await px('body') >= 22, `body ${await px('body')} px`);
    assert.ok(await px('h2') >= 40, `h2 ${await px('h2')} px`);
    assert.ok(!(await page.locator('.control').first().isVisible()), 'settings still shown');
    assert.ok(await page.locator('[data-testid=play]').isVisible(), 'play hidden');
    // The bad seed's notice waits in the bottom corner instead of pushing the page down.
    const box = await page.locator('[data-testid=notices]').boundingBox();
    assert.ok(box && box.y + box.height > h * 0.6 && box.x > w * 0.4, JSON.stringify(box));
    await shot(page, `lecture-${w}x${h}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('export: a PNG with its caption, a WebM with more than a second of frames, the link copied', async () => {
  const { page, errors } = await open(ctx, srv.base + '?device=cpu&seed=8');
  await page.locator('[data-testid=landing-ideal]').waitFor();
  // PNG: the view plus a caption strip, decodable (IHDR read by hand).
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png-exact]')]);
  const bytes = fs.readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'not a PNG');
  const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  assert.ok(w >= 520 && h === 520 + 58, `${w}×${h}`);
  const decoded = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, bytes.toString('base64'));
  assert.deepEqual(decoded, [w, h]);
  // WebM: record the moving view for two seconds.
  await page.click('[data-testid=export-webm-exact]');
  await page.waitForTimeout(2200);
  const [webm] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-webm-exact]')]);
  const video = fs.readFileSync(await webm.path());
  assert.deepEqual([...video.subarray(0, 4)], [0x1a, 0x45, 0xdf, 0xa3], 'not a WebM (EBML) file');
  const seconds = await page.evaluate(async (b64) => {
    const v = document.createElement('video');
    v.muted = true;
    v.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/webm' }));
    await new Promise((r) => { v.onloadedmetadata = r; });
    // MediaRecorder's files carry no duration: seeking far makes the browser find it.
    if (!Number.isFinite(v.duration)) {
      v.currentTime = 1e9;
      await new Promise((r) => { v.ontimeupdate = r; });
    }
    return v.duration;
  }, video.toString('base64'));
  assert.ok(seconds > 1, `${seconds} s of video`);
  // The link to this exact state.
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.base.replace(/\/$/, '') });
  await page.click('[data-testid=export-link-exact]');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.deepEqual(errors, []);
  await page.close();
});
