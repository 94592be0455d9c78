// The VAE lab: the "Autoencoder vs VAE" preset trained side by side on the CPU device (the
// VAE's prior samples land on the data, the autoencoder's do not), the latent pad (dragging
// and the z sliders move the decoded point), the temperature slider, and screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor, shot } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

const ready = () => { const s = window.genlab.state(); return s.worker.backend && s.vae.runs.length > 0 && s.vae.runs[0].view; };

test('"Autoencoder vs VAE": the VAE decodes the prior to data, the autoencoder does not', async () => {
  const { page, errors } = await open(ctx, srv.base + '?preset=ae-vs-vae&device=cpu');
  await waitFor(page, ready);
  await page.click('[data-testid=vae-play]');
  await waitFor(page, () => window.genlab.state().vae.runs[0].step >= 1500, null, 150_000);
  await page.click('[data-testid=vae-play]');
  await waitFor(page, () => !window.genlab.state().vae.running);
  const s = await state(page);
  const [ae, vae] = s.vae.runs.map((r) => r.quality);
  assert.ok(vae.shares.every((v) => Math.abs(v - 0.5) <= 0.1), `VAE shares ${vae.shares}`);
  assert.ok(vae.near >= 0.9, `VAE near ${vae.near}`);
  assert.ok((1 - ae.near) > (1 - vae.near) + 0.25, `far: AE ${1 - ae.near}, VAE ${1 - vae.near}`);
  assert.ok(ae.mmd2 > 10 * vae.mmd2, `MMD²: AE ${ae.mmd2}, VAE ${vae.mmd2}`);
  await shot(page, 'vae-ae-vs-vae');
  assert.deepEqual(errors, []);
  await page.close();
});

test('dragging in the latent pad and the z sliders move the decoded point', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=vae&device=cpu');
  await waitFor(page, ready);
  await page.click('[data-testid=vae-play]');
  await waitFor(page, () => window.genlab.state().vae.runs[0].step >= 800, null, 120_000);
  await page.click('[data-testid=vae-play]');
  await waitFor(page, () => !window.genlab.state().vae.running);
  const decodedAt = async () => (await state(page)).vae.decoded;
  // Drag from the left of the latent plane to the right.
  await page.locator('[data-testid=a-latent]').scrollIntoViewIfNeeded();
  const box = await page.locator('[data-testid=a-latent]').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.25, y);
  await page.mouse.down();
  await waitFor(page, () => { const d = window.genlab.state().vae.decoded; return d && d.z[0] < -1; });
  const left = await decodedAt();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
  await page.mouse.up();
  await waitFor(page, () => { const d = window.genlab.state().vae.decoded; return d && d.z[0] > 1; });
  const right = await decodedAt();
  const moved = Math.hypot(right.points[0][0] - left.points[0][0], right.points[0][1] - left.points[0][1]);
  assert.ok(moved > 0.5, `the decoded point moved only ${moved} (${JSON.stringify([left, right])})`);
  // The keyboard route: the z₂ slider.
  await page.locator('[data-testid=z2]').fill('-2');
  await waitFor(page, () => { const d = window.genlab.state().vae.decoded; return d && Math.abs(d.z[1] + 2) < 1e-3; });
  await page.locator('[data-testid=temperature]').fill('0.3');
  await waitFor(page, () => Math.abs(window.genlab.state().vae.temperature - 0.3) < 1e-6);
  const s = await state(page);
  assert.equal(s.url.vae.temperature, 0.3);
  // At temperature 0.3 the prior samples huddle near the decoder's image of z = 0: narrower.
  const prior = s.vae.runs[0].view.prior;
  const xs = prior.filter((_, i) => i % 2 === 0);
  const sd = Math.sqrt(xs.reduce((a, v) => a + v * v, 0) / xs.length - (xs.reduce((a, v) => a + v, 0) / xs.length) ** 2);
  assert.ok(sd < 1.5, `prior samples at temperature 0.3 spread ${sd}`);
  // "Sample the prior again" draws new prior points; the count selector shows fewer.
  const before = JSON.stringify(s.vae.runs[0].view.prior.slice(0, 20));
  await page.click('[data-testid=prior-resample]');
  await waitFor(page, (b) => JSON.stringify(window.genlab.state().vae.runs[0].view.prior.slice(0, 20)) !== b, before);
  await page.selectOption('[data-testid=prior-n]', '300');
  await page.click('[data-testid=show-decoder]');
  await page.waitForTimeout(300);
  await shot(page, 'vae-latent-pad');
  assert.deepEqual(errors, []);
  await page.close();
});
