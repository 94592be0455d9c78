// Screenshots for looking at a page by hand: node tests/e2e/shoot.mjs '<query>' <name> [train-seconds] [width] [height]
import { serve, launch, open, shot, state } from './harness.mjs';
const [query, name, secs = '0', width = '1400', height = '1000'] = process.argv.slice(2);
const { server, base } = await serve();
const context = await launch();
const { page, errors } = await open(context, `${base}?${query}`);
await page.setViewportSize({ width: Number(width), height: Number(height) });
await page.waitForFunction(() => window.genlab.state().worker.backend !== null, null, { timeout: 120_000 });
if (Number(secs) > 0) {
  await page.getByTestId('play').first().click();
  await page.waitForTimeout(Number(secs) * 1000);
  await page.getByTestId('play').first().click();
}
for (const id of (process.env.CLICK || '').split(',').filter(Boolean)) { await page.getByTestId(id).first().click(); await page.waitForTimeout(Number(process.env.WAIT || 1500)); }
await page.waitForTimeout(1500);
await shot(page, name);
const s = await state(page);
console.log(JSON.stringify(process.env.SHOW ? eval(process.env.SHOW) : {}, null, 0));
console.log('errors', errors);
await context.close(); server.close();
