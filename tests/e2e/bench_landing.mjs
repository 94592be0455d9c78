// Benchmark (not a test): time from navigation to the landing's first moving frame (the
// `genlab-first-move` performance mark), cold (a fresh browser profile: nothing cached) and warm
// (a reload in the same profile once the offline copy is stored; the service worker still asks
// the network first), with the time the page's WebAssembly module took to arrive as
// the anchor in the same run. Twice: on localhost as it is, and through a 10 Mbit/s link shared
// by every request, gzipped as a static host sends it (harness.mjs `serve({ mbit })`): what a
// student on a modest connection waits for. Median of five each. Prints JSON.
// Run: trunk build --release && node tests/e2e/bench_landing.mjs
import { serve, launch } from './harness.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read = (page) => page.evaluate(async () => {
  while (performance.getEntriesByName('genlab-first-move').length === 0) await new Promise((r) => setTimeout(r, 20));
  const wasm = performance.getEntriesByType('resource').find((e) => /genlab_bg\.wasm$/.test(e.name));
  return { move: performance.getEntriesByName('genlab-first-move')[0].startTime, wasm: wasm ? wasm.responseEnd : null };
});
const pick = (runs, k) => { const xs = runs.map((r) => r[k]).filter((x) => x !== null); return xs.length ? Math.round(median(xs)) : null; };

const result = {};
for (const [name, link] of [['localhost', null], ['10_mbit', { mbit: 10 }]]) {
  const srv = await serve(link);
  const cold = [], warm = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await launch();
    const page = await ctx.newPage();
    await page.goto(srv.base + '?device=cpu');
    cold.push(await read(page));
    // A later visit: once the offline copy is stored (its install would share the link).
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    warm.push(await read(page));
    await ctx.close();
    // The next run starts on an idle link (the worker's module may still have been arriving).
    await new Promise((r) => setTimeout(r, 3000));
  }
  result[name] = {
    cold_first_move_ms: pick(cold, 'move'), cold_page_wasm_arrived_ms: pick(cold, 'wasm'),
    warm_first_move_ms: pick(warm, 'move'), warm_page_wasm_arrived_ms: pick(warm, 'wasm'),
    runs: { cold: cold.map((r) => Math.round(r.move)), warm: warm.map((r) => Math.round(r.move)) },
  };
  srv.server.close();
}
console.log(JSON.stringify(result));
