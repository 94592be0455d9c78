// The page runs under its own Content-Security-Policy (index.html): everything from the page's
// origin, WebAssembly allowed to compile, no inline script. Every page is opened (the WebGPU
// worker module and the shipped model files included) and trained a little; the browser must
// report no policy violation, and no request may leave the origin. (Every other end-to-end test
// runs under the same policy too: a violation is a console error, which they all refuse.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, waitFor } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('no policy violation and no request off the origin on any page, training included', async () => {
  const origin = new URL(srv.base).origin;
  const offOrigin = [];
  ctx.on('request', (r) => { const u = new URL(r.url()); if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) offOrigin.push(r.url()); });
  // Recorded from the first script on, in every page of the context.
  await ctx.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const { page, errors } = await open(ctx, srv.base + '?page=home');
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
  assert.match(policy, /default-src 'self'/);
  assert.doesNotMatch(policy.match(/script-src[^;]*/)[0], /'unsafe-inline'|'unsafe-eval'/, 'scripts: the origin and wasm only');
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && s.textContent.trim()).length);
  assert.equal(inline, 0, 'an inline script is on the page');
  for (const id of ['data', 'diffusion', 'flow', 'gan', 'vae', 'images', 'compare']) {
    await page.click(`[data-testid=nav-${id}]`);
    await page.waitForSelector(`[data-testid=page-${id}]`);
    await page.waitForTimeout(300);
  }
  // Training on the default device (WebGPU here, through SwiftShader: the GPU module is fetched).
  await page.click('[data-testid=nav-diffusion]');
  await waitFor(page, () => window.genlab.state().worker.ready, null, 120_000);
  await page.click('[data-testid=play]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 20, null, 120_000);
  await page.click('[data-testid=play]');
  // The images page's shipped model files.
  await page.click('[data-testid=nav-images]');
  await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; }, null, 120_000);
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(offOrigin, []);
  assert.deepEqual(errors, []);
  await page.close();
});
