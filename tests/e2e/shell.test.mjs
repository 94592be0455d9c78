// The page shell: loads clean, switches datasets, reproduces URL state, reports bad URLs,
// imports CSV safely, and trains on both devices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, open, state, waitFor, shot, wasmFetches, linkSays } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

test('the page loads with no console errors and shows the default data', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=data&device=cpu');
  const s = await state(page);
  assert.equal(s.url.dataset.kind, 'two_clusters');
  assert.equal(s.data.points.length, 1000);
  for (const id of ['nav', 'backend-badge', 'data-scatter', 'dataset', 'seed', 'play']) {
    assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, `missing ${id}`);
  }
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  assert.match(await page.locator('[data-testid=backend-badge]').innerText(), /CPU/);
  await shot(page, 'data-page');
  assert.deepEqual(errors, []);
  await page.close();
});

test('switching the dataset changes the scatter and the URL', async () => {
  const { page } = await open(ctx, srv.base + '?page=data&device=cpu');
  const before = await page.locator('[data-testid=data-scatter]').screenshot();
  await page.selectOption('[data-testid=dataset]', 'eight_gaussians');
  await waitFor(page, () => window.genlab.state().data.centres.length === 8);
  const after = await page.locator('[data-testid=data-scatter]').screenshot();
  assert.notDeepEqual(before, after, 'the scatter did not change');
  assert.match(await linkSays(page, /data=eight_gaussians/), /data=eight_gaussians/);
  await page.close();
});

test('a URL with settings reproduces them exactly', async () => {
  const q = '?data=two_clusters&weight=0.8&sep=6&spread=0.3&n=500&seed=7&device=cpu&page=data';
  const a = await open(ctx, srv.base + q);
  const b = await open(ctx, srv.base + q);
  const [sa, sb] = [await state(a.page), await state(b.page)];
  assert.equal(sa.url.seed, 7);
  assert.equal(sa.url.dataset.weight, 0.8);
  assert.equal(sa.data.points.length, 500);
  assert.deepEqual(sa.data.points, sb.data.points);
  assert.equal(await a.page.locator('[data-testid=weight-value]').innerText(), '0.80');
  await a.page.close(); await b.page.close();
});

test('a malformed URL shows a notice and still renders the page', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=data&seed=banana&data=nope&n=-5&device=cpu');
  const notices = await page.locator('[data-testid=notice]').allInnerTexts();
  assert.equal(notices.length, 3, notices.join('\n'));
  assert.ok(notices.some((n) => n.includes('seed=banana')));
  const s = await state(page);
  assert.equal(s.url.seed, 42);
  assert.equal(s.data.points.length, 1000);
  await shot(page, 'malformed-url');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a bad CSV is refused with a message; a good one replaces the data', async () => {
  const { page } = await open(ctx, srv.base + '?page=data&device=cpu');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genlab-csv-'));
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'x,y\n1,2\n3,oops\n');
  await page.setInputFiles('[data-testid=csv-input]', bad);
  await waitFor(page, () => window.genlab.state().notices.some((n) => n.includes('oops')));
  assert.equal((await state(page)).data.points.length, 1000, 'bad file changed the data');
  const good = path.join(dir, 'good.csv');
  fs.writeFileSync(good, 'x,y\n1,2\n-1,-2\n0.5,0.5\n');
  await page.setInputFiles('[data-testid=csv-input]', good);
  await waitFor(page, () => window.genlab.state().data.points.length === 3);
  assert.equal((await state(page)).url.dataset.kind, 'custom');
  await page.close();
});

test('drawing adds points where the user clicks', async () => {
  const { page } = await open(ctx, srv.base + '?page=data&device=cpu&data=custom&pts=0,0');
  await page.click('[data-testid=draw-toggle]');
  const box = await page.locator('[data-testid=data-scatter]').boundingBox();
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.3);
  await waitFor(page, () => window.genlab.state().data.points.length === 2);
  const [, p] = (await state(page)).data.points;
  assert.ok(p[0] > 0 && p[1] > 0, `point landed at ${p}`);
  assert.match(await linkSays(page, /pts=/), /pts=/);
  await page.close();
});

test('the CPU device trains many steps and the loss falls', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=data&device=cpu&seed=3');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.click('[data-testid=play]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 600);
  await page.click('[data-testid=play]');
  const s = await state(page);
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  const early = mean(s.diffusion.losses.slice(0, 30)), late = mean(s.diffusion.losses.slice(-30));
  assert.ok(late < early, `loss ${early} -> ${late}`);
  await page.click('[data-testid=sample]');
  await waitFor(page, () => window.genlab.state().diffusion.samples.length === 1000);
  await shot(page, 'cpu-trained');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the WebGPU path (SwiftShader) runs real training steps', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=data&device=webgpu&seed=3');
  await waitFor(page, () => { const w = window.genlab.state().worker; return w.backend !== null; }, null, 240_000);
  const s0 = await state(page);
  assert.equal(s0.worker.backend, 'web_gpu', `fell back: ${s0.notices.join(' | ')}`);
  await page.click('[data-testid=step]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 10, null, 240_000);
  const s = await state(page);
  assert.equal(s.diffusion.losses.length, 10);
  assert.ok(s.diffusion.losses.every(Number.isFinite));
  assert.match(await page.locator('[data-testid=backend-badge]').innerText(), /WebGPU/);
  await shot(page, 'webgpu');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every page opens from the navigation and by URL (screenshots)', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=data&device=cpu');
  for (const id of ['diffusion', 'gan', 'vae', 'images', 'data']) {
    await page.click(`[data-testid=nav-${id}]`);
    await page.waitForSelector(`[data-testid=page-${id}]`);
    assert.match(await linkSays(page, new RegExp(`page=${id}`)), new RegExp(`page=${id}`));
    await shot(page, `page-${id}`);
  }
  const direct = await open(ctx, srv.base + '?page=gan&device=cpu');
  await direct.page.waitForSelector('[data-testid=page-gan]');
  await direct.page.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a crashed worker is reported and can be restarted without losing the data', async () => {
  const { page } = await open(ctx, srv.base + '?page=data&device=cpu&data=eight_gaussians&seed=9');
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  const before = (await state(page)).data.points;
  await page.evaluate(() => window.genlab.crashWorker());
  await page.waitForSelector('[data-testid=worker-crashed]');
  assert.match(await page.locator('[data-testid=worker-crashed]').innerText(), /crashed/);
  assert.match(await page.locator('[data-testid=backend-badge]').innerText(), /stopped/);
  await page.click('[data-testid=restart-worker]');
  await waitFor(page, () => { const w = window.genlab.state().worker; return w.backend === 'cpu' && w.crashed === null; });
  await page.click('[data-testid=step]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 10);
  assert.deepEqual((await state(page)).data.points, before);
  await page.close();
});

test('the GPU build is fetched only when WebGPU is wanted and offered; switching device loads it', async () => {
  const fresh = await launch();
  const fetched = wasmFetches(fresh);
  try {
    const { page, errors } = await open(fresh, srv.base + '?page=data&device=cpu&seed=4');
    await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
    await page.click('[data-testid=step]');
    await waitFor(page, () => window.genlab.state().diffusion.step >= 10);
    // The page's module (the UI alone) and the CPU worker's; never the GPU build.
    assert.ok(fetched.includes('genlab_bg.wasm'), fetched.join());
    assert.ok(fetched.includes('genlab_cpu_bg.wasm'), fetched.join());
    assert.ok(!fetched.includes('genlab_gpu_bg.wasm'), `the CPU choice fetched the GPU build: ${fetched.join()}`);
    await page.selectOption('select[data-testid=device]', 'webgpu');
    await waitFor(page, () => window.genlab.state().worker.backend === 'web_gpu', null, 240_000);
    assert.ok(fetched.includes('genlab_gpu_bg.wasm'), fetched.join());
    await page.click('[data-testid=step]');
    await waitFor(page, () => window.genlab.state().diffusion.step >= 10, null, 240_000);
    assert.ok((await state(page)).diffusion.losses.every(Number.isFinite));
    assert.deepEqual(errors, []);
  } finally {
    await fresh.close();
  }
});

test('without WebGPU the page falls back to the CPU and says so', async () => {
  const bare = await launch({ webgpu: false });
  const fetched = wasmFetches(bare);
  try {
    const { page, errors } = await open(bare, srv.base + '?page=data&device=webgpu');
    await waitFor(page, () => window.genlab.state().worker.backend !== null);
    const s = await state(page);
    assert.equal(s.worker.backend, 'cpu');
    assert.ok(s.notices.some((n) => /WebGPU/.test(n) && /CPU/.test(n)), s.notices.join(' | '));
    await page.click('[data-testid=step]');
    await waitFor(page, () => window.genlab.state().diffusion.step >= 10);
    await shot(page, 'no-webgpu-fallback');
    assert.ok(!fetched.includes('genlab_gpu_bg.wasm'), `fetched the GPU build without WebGPU: ${fetched.join()}`);
    assert.ok(fetched.includes('genlab_cpu_bg.wasm'), fetched.join());
    assert.deepEqual(errors, []);
  } finally {
    await bare.close();
  }
});
