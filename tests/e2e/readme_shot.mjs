// The README's screenshot (scripts/screenshot.sh): the Diffusion page, seed 42, trained on the
// CPU device to the quality bar, its reverse chain run and played to the end, scrolled to the
// reverse panel, at a projector's 1280×720 (viewport only).
// Run: node tests/e2e/readme_shot.mjs <out.png>
import { serve, launch, open, waitFor } from './harness.mjs';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/e2e/readme_shot.mjs <out.png>');
const { server, base } = await serve();
const context = await launch();
try {
  const { page, errors } = await open(context, `${base}?page=diffusion&device=cpu&seed=42`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitFor(page, () => window.genlab.state().worker.backend === 'cpu');
  await page.click('[data-testid=play]');
  await waitFor(page, () => { const q = window.genlab.state().diffusion.quality; return q && q.passes && q.step >= 1500; }, null, 180_000);
  await page.click('[data-testid=play]');
  await page.click('[data-testid=run-reverse]');
  await waitFor(page, () => window.genlab.state().diffusion.chain !== null, null, 120_000);
  await page.locator('[data-testid=reverse-panel]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(4500); // the chain's animation plays to x_0
  await page.screenshot({ path: out });
  if (errors.length) throw new Error(`the page logged errors: ${errors.join(' | ')}`);
} finally {
  await context.close();
  server.close();
}
