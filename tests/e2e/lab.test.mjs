// Save lab and Open lab: a model trained here is written to one .genlab file, and that file
// opened in another tab (on another page, in a fresh browser session) brings back its page,
// its settings, its loss curve and the trained model with its optimiser and random streams:
// the next steps are exactly the ones the saved tab takes, and ▶ trains on from there. A
// damaged file is refused with one notice that names the problem, and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, open, state, waitFor, shot } from './harness.mjs';

let srv, ctx;
before(async () => { srv = await serve(); ctx = await launch({ webgpu: false }); });
after(async () => { await ctx?.close(); srv?.server.close(); });

const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;

test('a trained model saved to a file opens in another tab and trains on from its step', async () => {
  const { page, errors } = await open(ctx, srv.base + '?page=diffusion&seed=5&width=48&lr=0.003');
  await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 120_000);
  await page.click('[data-testid=play]');
  await waitFor(page, () => window.genlab.state().diffusion.step >= 600, null, 240_000);
  await page.click('[data-testid=play]');
  await waitFor(page, () => !window.genlab.state().diffusion.running, null, 60_000);
  const trained = await state(page);
  const fresh = mean(trained.diffusion.losses.slice(0, 20));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=lab-save]')]);
  assert.match(download.suggestedFilename(), /^genlab-\d{4}-\d\d-\d\d-\d{4}\.genlab$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'genlab-lab-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(0, 6).toString(), 'GENLAB');
  await waitFor(page, () => window.genlab.state().notices.some((n) => n.startsWith('Saved genlab-')), null, 30_000);
  const saved = (await state(page)).notices.find((n) => n.startsWith('Saved genlab-'));
  const step = trained.diffusion.step;
  assert.match(saved, new RegExp(`The diffusion model at step ${step}\\b`), saved);
  assert.deepEqual(errors, []);

  // Another tab, another page, other settings.
  const { page: other, errors: otherErrors } = await open(ctx, srv.base + '?page=gan&seed=11');
  await waitFor(other, () => window.genlab.state().worker.ready, null, 120_000);
  await other.setInputFiles('[data-testid=lab-open-input]', file);
  await waitFor(other, () => window.genlab.state().notices.some((n) => n.startsWith('Opened the lab saved')), null, 120_000);
  const opened = await state(other);
  assert.equal(opened.url.page, 'diffusion');
  assert.equal(opened.url.seed, 5);
  assert.match(new URL(other.url()).search, /width=48/);
  assert.match(opened.notices.find((n) => n.startsWith('Opened')), new RegExp(`The diffusion model at step ${step}`));
  await waitFor(other, (s) => window.genlab.state().diffusion.step === s, step, 60_000);
  // Exactly as saved: the loss curve is back as it was, and the optimiser and the random
  // streams came too, so "Step 10" here takes the very steps it takes in the saved tab.
  assert.match(opened.notices.find((n) => n.startsWith('Opened')), /exactly as saved/);
  assert.deepEqual((await state(other)).diffusion.losses, trained.diffusion.losses, 'the curve goes on from where it was');
  const copies = (s) => s.history.find((h) => h.family === 'diffusion');
  assert.ok(copies(trained).steps.length > 2, 'the saved model has a history');
  assert.deepEqual(copies(await state(other)).steps, copies(trained).steps, 'its training history came too');
  // A copy from the past is built the first time the scrubber shows it (Open builds only the
  // model): the page shows the DDPM at that copy's step, and Live brings the opened model back.
  const past = copies(trained).steps[1];
  await other.locator('[data-testid=history-slider-diffusion]').fill('1');
  await waitFor(other, (s) => window.genlab.state().diffusion.step === s, past, 60_000);
  await other.click('[data-testid=history-live-diffusion]');
  await waitFor(other, (s) => window.genlab.state().diffusion.step === s, step, 60_000);
  for (const tab of [page, other]) {
    await tab.click('[data-testid=step]');
    await waitFor(tab, (s) => window.genlab.state().diffusion.step === s + 10, step, 60_000);
  }
  const next = (await state(page)).diffusion.losses.slice(-10);
  assert.deepEqual((await state(other)).diffusion.losses.slice(-10), next, 'the opened model takes the saved one\'s next steps');
  // ▶ trains on from there: the loss is a trained model's, not the seed's start.
  await other.click('[data-testid=play]');
  await waitFor(other, (s) => window.genlab.state().diffusion.step >= s + 60, step, 120_000);
  await other.click('[data-testid=play]');
  const after = await state(other);
  const resumed = mean(after.diffusion.losses.slice(-20));
  assert.ok(resumed < 0.8 * fresh, `loss on from the file ${resumed.toFixed(3)} vs a fresh model's ${fresh.toFixed(3)}`);
  await shot(other, 'lab-opened');

  // A damaged copy: refused, named, and the lab stays as it is.
  const cut = file.replace(/\.genlab$/, '-cut.genlab');
  fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
  const before = (await state(other)).diffusion.step;
  await other.setInputFiles('[data-testid=lab-open-input]', cut);
  await waitFor(other, () => window.genlab.state().notices.some((n) => /cut short/.test(n)), null, 30_000);
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 500] ^= 0x40;
  fs.writeFileSync(cut, flipped);
  await other.setInputFiles('[data-testid=lab-open-input]', cut);
  await waitFor(other, () => window.genlab.state().notices.some((n) => /damaged \(its checksum/.test(n)), null, 30_000);
  const still = await state(other);
  assert.equal(still.diffusion.step, before, 'a refused file changes nothing');
  assert.equal(still.url.page, 'diffusion');

  // Dropped on the page: another kind of file is refused in words (the browser does not leave
  // the page to show it); the lab file opens.
  const drop = async (name, data) => {
    const transfer = await other.evaluateHandle(([name, data]) => {
      const t = new DataTransfer();
      t.items.add(new File([new Uint8Array(data)], name));
      return t;
    }, [name, data]);
    await other.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  };
  await drop('points.csv', [...Buffer.from('x,y\n1,2\n')]);
  await waitFor(other, () => window.genlab.state().notices.some((n) => /points\.csv is not a lab file/.test(n)), null, 30_000);
  const opens = (await state(other)).notices.filter((n) => n.startsWith('Opened')).length;
  await drop('lab.genlab', [...bytes]);
  await waitFor(other, (k) => window.genlab.state().notices.filter((n) => n.startsWith('Opened')).length > k, opens, 60_000);
  await waitFor(other, (s) => window.genlab.state().diffusion.step === s, step, 60_000);
  assert.equal(new URL(other.url()).origin + '/', srv.base, 'the page stayed');
  assert.deepEqual(otherErrors, []);
  await page.close();
  await other.close();
});

test('the browser keeps the lab as it trains: a reload offers it back, Restore opens it, Forget deletes it', async () => {
  const own = await launch({ webgpu: false });
  try {
    const { page, errors } = await open(own, srv.base + '?page=flow&seed=4');
    await waitFor(page, () => window.genlab.state().kept_checked, null, 60_000);
    assert.equal((await state(page)).kept_offer, null, 'a new browser has nothing kept');
    await waitFor(page, () => window.genlab.state().worker.backend !== null, null, 120_000);
    await page.click('[data-testid=play]');
    await waitFor(page, () => window.genlab.state().flow.step >= 300, null, 240_000);
    await page.click('[data-testid=play]');
    await waitFor(page, () => !window.genlab.state().flow.running, null, 60_000);
    const step = (await state(page)).flow.step;
    // Kept within one 10-second round of the last step trained, and said in the header.
    await waitFor(page, (s) => window.genlab.state().kept?.[1] === s, step, 30_000);
    assert.match(await page.locator('[data-testid=lab-kept]').innerText(), /^kept \d\d:\d\d$/);

    await page.reload();
    await waitFor(page, () => (window.genlab?.state()?.kept_offer ?? null) !== null, null, 60_000);
    const offer = await page.locator('[data-testid=kept-offer]').innerText();
    assert.match(offer, new RegExp(`This browser kept the lab from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d: The flow-matching model at step ${step}\\b`), offer);
    assert.equal((await state(page)).flow.step, 0, 'nothing is restored until asked');
    await page.click('[data-testid=kept-restore]');
    await waitFor(page, (s) => window.genlab.state().flow.step === s, step, 60_000);
    assert.equal((await state(page)).kept_offer, null);
    await shot(page, 'lab-kept-restored');

    await page.reload();
    await waitFor(page, () => (window.genlab?.state()?.kept_offer ?? null) !== null, null, 60_000);
    await page.click('[data-testid=kept-forget]');
    await waitFor(page, () => window.genlab.state().kept_offer === null, null, 30_000);
    await page.reload();
    await waitFor(page, () => window.genlab?.state()?.kept_checked, null, 60_000);
    assert.equal((await state(page)).kept_offer, null, 'a forgotten lab is not offered again');
    assert.deepEqual(errors, []);
  } finally {
    await own.close();
  }
});
