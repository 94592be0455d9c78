// The soak's short version (issue 16; the full one is `node tests/e2e/soak.mjs`): each family
// trains for 15 s with its views live, read every 5 s. No error, and after the first reading
// the canvases and event listeners do not multiply. (WebAssembly memory grows in steps to a
// plateau while chains and scorecards first run, up to a minute and more: whether it then stays
// flat is for the long run, whose figures the README gives.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { soak } from './soak.mjs';

test('15 s of each family training with live views: no error, nothing multiplying', async () => {
  const results = await soak({ seconds: 15, every: 5 });
  for (const r of results) {
    const first = r.readings[1], last = r.readings[r.readings.length - 1];
    assert.deepEqual(r.errors, [], r.name);
    assert.ok(last.page_wasm > 0 && last.worker_wasm > 0, `${r.name}: wasm memory not read`);
    assert.equal(last.canvases, first.canvases, `${r.name}: canvases ${first.canvases} → ${last.canvases}`);
    assert.ok(last.listeners <= first.listeners + 5, `${r.name}: listeners ${first.listeners} → ${last.listeners}`);
  }
});
