// The seams between the families (issue "One shape for every model family"): resetting or
// reconfiguring one family never touches another; the GAN and VAE readouts keep their last
// measurement between measurements; and settings that diverge (found by
// `cargo run --example diverge_sweep`) give exactly one notice naming the family, the step and
// the cause, pause training at once, never an "Unreadable message", and Restore brings back
// finite numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, state, waitFor, shot } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch(); });
after(async () => { await ctx?.close(); srv?.server.close(); });

const ganReady = () => { const s = window.genlab.state(); return s.worker.backend && s.gan.runs.length > 0 && s.gan.runs[0].view; };
const vaeReady = () => { const s = window.genlab.state(); return s.worker.backend && s.vae.runs.length > 0 && s.vae.runs[0].view; };

async function trainTo(page, play, path, steps, timeout = 120_000) {
  await page.click(`[data-testid=${play}]`);
  await waitFor(page, ([p, n]) => p.split('.').reduce((o, k) => o[k], window.genlab.state()) >= n, [path, steps], timeout);
  await page.click(`[data-testid=${play}]`);
}

const ganSnapshot = (s) => ({ step: s.gan.runs[0].step, fakes: s.gan.runs[0].view.fakes.slice(0, 40) });
const vaeSnapshot = (s) => ({ step: s.vae.runs[0].step, prior: s.vae.runs[0].view.prior.slice(0, 40) });

test('resetting or reconfiguring the diffusion model leaves a trained GAN and VAE as they were, and the reverse', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=gan&device=cpu');
  await waitFor(page, ganReady);
  await trainTo(page, 'gan-play', 'gan.runs.0.step', 1000);
  await waitFor(page, () => !window.genlab.state().gan.running);
  const gan = ganSnapshot(await state(page));

  await page.click('[data-testid=nav-vae]');
  await waitFor(page, vaeReady);
  await trainTo(page, 'vae-play', 'vae.runs.0.step', 500);
  await waitFor(page, () => !window.genlab.state().vae.running);
  const vae = vaeSnapshot(await state(page));

  await page.click('[data-testid=nav-diffusion]');
  await page.click('[data-testid=reset]');
  await page.locator('[data-testid=lr]').fill('-2.5');
  await waitFor(page, () => Math.abs(window.genlab.state().diffusion.config.learning_rate - 10 ** -2.5) < 1e-6);
  await page.waitForTimeout(500);

  await page.click('[data-testid=nav-gan]');
  await page.waitForTimeout(800);
  assert.deepEqual(ganSnapshot(await state(page)), gan, 'the GAN kept its iterations and samples');
  await page.click('[data-testid=nav-vae]');
  await page.waitForTimeout(800);
  assert.deepEqual(vaeSnapshot(await state(page)), vae, 'the VAE kept its steps and samples');

  // The reverse: a trained diffusion model outlives a GAN reset and a GAN setting change.
  await page.click('[data-testid=nav-diffusion]');
  await trainTo(page, 'play', 'diffusion.step', 300);
  await waitFor(page, () => !window.genlab.state().diffusion.running);
  const diffusion = (await state(page)).diffusion.step;
  await page.click('[data-testid=nav-gan]');
  await page.click('[data-testid=gan-reset]');
  await page.locator('[data-testid=a-glr]').fill('-3.5');
  await waitFor(page, () => window.genlab.state().gan.runs[0].step === 0);
  await page.click('[data-testid=nav-vae]');
  await page.click('[data-testid=vae-reset]');
  await page.click('[data-testid=nav-diffusion]');
  await page.waitForTimeout(800);
  assert.equal((await state(page)).diffusion.step, diffusion, 'the diffusion model kept its steps');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the GAN and VAE readouts keep their last measurement: never blank once measured', async () => {
  for (const [query, ready, play, ids] of [
    ['?page=gan&device=cpu', ganReady, 'gan-play', ['a-covered', 'a-js', 'a-frechet', 'a-measured']],
    ['?page=vae&device=cpu', vaeReady, 'vae-play', ['a-shares', 'a-far', 'a-mmd', 'a-measured']],
  ]) {
    const { page, errors } = await open(ctx, srv.base + query);
    await waitFor(page, ready);
    await page.click(`[data-testid=${play}]`);
    await waitFor(page, () => document.querySelector('[data-testid=a-measured]').innerText.startsWith('measured'));
    const blanks = [];
    const measuredAt = new Set();
    for (let i = 0; i < 20; i++) {
      for (const id of ids) {
        const text = await page.locator(`[data-testid=${id}]`).innerText();
        if (text === '–' || text === 'not measured yet') blanks.push(`${id} at sample ${i}: ${text}`);
        if (id === 'a-measured') measuredAt.add(text);
      }
      await page.waitForTimeout(500);
    }
    await page.click(`[data-testid=${play}]`);
    assert.deepEqual(blanks, [], query);
    assert.ok(measuredAt.size >= 3, `${query}: the measurement moved on ${[...measuredAt]}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

// name, link, play button, where the step is, the first words of the one notice.
const DIVERGING = [
  ['GAN', '?page=gan&device=cpu&gopt=sgd&dopt=sgd&glr=0.5&dlr=0.5&seed=7', 'gan-play', 'gan.runs.0.step', 'The GAN diverged at iteration', 'gan', ganReady],
  ['diffusion', '?page=diffusion&device=cpu&lr=0.1&width=256&depth=4&batch=8&seed=42', 'play', 'diffusion.step', 'The diffusion model diverged at step', 'diffusion',
    () => { const s = window.genlab.state(); return s.worker.backend && s.diffusion.config; }],
];

for (const [name, query, play, path, words, family, ready] of DIVERGING) {
  test(`${name}: settings that diverge give one notice, pause at once, and Restore brings finite numbers back`, async () => {
    const { page, errors } = await open(ctx, srv.base + query);
    await waitFor(page, ready);
    await page.click(`[data-testid=${play}]`);
    await waitFor(page, () => window.genlab.state().diverged.length > 0, null, 60_000);
    const stepAt = (s) => path.split('.').reduce((o, k) => o[k], s);
    const s0 = await state(page);
    await page.waitForTimeout(1500);
    const s1 = await state(page);
    assert.equal(stepAt(s1), stepAt(s0), 'training paused');
    assert.equal(s1.diverged.length, 1);
    const notice = await page.locator('[data-testid=diverged]').allInnerTexts();
    assert.equal(notice.length, 1, notice.join('\n'));
    assert.ok(notice[0].startsWith(words), notice[0]);
    assert.match(notice[0], /became (NaN|infinite)/);
    assert.ok(!s1.notices.some((n) => n.includes('could not be read') || n.includes('Unreadable')), s1.notices.join('\n'));
    assert.deepEqual(s1.notices, [], 'no other notice');
    await shot(page, `diverged-${family}`);
    // Restore: the last good weights, paused; a few more steps give finite losses.
    await page.click(`[data-testid=restore-${family}]`);
    await waitFor(page, () => window.genlab.state().diverged.length === 0);
    await waitFor(page, ([p, n]) => p.split('.').reduce((o, k) => o[k], window.genlab.state()) <= n, [path, s1.diverged[0].restore_step]);
    const before = stepAt(await state(page));
    await page.click(`[data-testid=${family === 'gan' ? 'gan-step' : 'step'}]`);
    await waitFor(page, ([p, n]) => p.split('.').reduce((o, k) => o[k], window.genlab.state()) > n, [path, before]);
    const s2 = await state(page);
    const last = family === 'gan' ? s2.gan.runs[0].d_loss.at(-1) : s2.diffusion.losses.at(-1);
    assert.ok(Number.isFinite(last), `loss after Restore: ${last}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
