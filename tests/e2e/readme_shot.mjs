// The README's screenshot (scripts/screenshot.sh): the Diffusion page, seed 42, trained for a few
// seconds on the CPU device and its reverse chain run, at 1280×720, viewport only.
// Run: node tests/e2e/readme_shot.mjs <out.png>
import { serve, launch, open, waitFor } from './harness.mjs';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/e2e/readme_shot.mjs <out.png>');
const { server, base } = await serve();
const context = await launch();
try {
  const { page, errors } = await open(context, `${base}?page=data&device=cpu&seed=42`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitFor(page, () => window.genlab.state().worker.backend !== null);
  await page.getByTestId('play').first().click();
  await waitFor(page, () => window.genlab.state().diffusion.step >= 3000, null, 180_000);
  await page.getByTestId('play').first().click();
  await page.waitForTimeout(3000);
  await page.screenshot({ path: out });
  if (errors.length) throw new Error(`the page logged errors: ${errors.join(' | ')}`);
} finally {
  await context.close();
  server.close();
}
