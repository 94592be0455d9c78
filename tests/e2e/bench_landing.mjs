// Benchmark (not a test): time from navigation to the landing's first moving frame (the
// `genlab-first-move` performance mark), cold (a fresh browser profile: nothing cached) and warm
// (a reload in the same profile), with the time the WebAssembly module took to arrive as the
// anchor in the same run. Median of five each. Prints JSON.
// Run: trunk build --release && node tests/e2e/bench_landing.mjs
import { serve, launch } from './harness.mjs';

const srv = await serve();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read = (page) => page.evaluate(async () => {
  while (performance.getEntriesByName('genlab-first-move').length === 0) await new Promise((r) => setTimeout(r, 20));
  const wasm = performance.getEntriesByType('resource').find((e) => /genlab-[0-9a-f]*_bg\.wasm$|genlab_bg\.wasm$/.test(e.name));
  return { move: performance.getEntriesByName('genlab-first-move')[0].startTime, wasm: wasm ? wasm.responseEnd : null };
});
const cold = [], warm = [];
for (let i = 0; i < 5; i++) {
  const ctx = await launch();
  const page = await ctx.newPage();
  await page.goto(srv.base + '?device=cpu');
  cold.push(await read(page));
  await page.reload();
  warm.push(await read(page));
  await ctx.close();
}
const pick = (runs, k) => Math.round(median(runs.map((r) => r[k])));
console.log(JSON.stringify({
  cold_first_move_ms: pick(cold, 'move'), cold_wasm_arrived_ms: pick(cold, 'wasm'),
  warm_first_move_ms: pick(warm, 'move'), warm_wasm_arrived_ms: pick(warm, 'wasm'),
  runs: { cold: cold.map((r) => Math.round(r.move)), warm: warm.map((r) => Math.round(r.move)) },
}));
srv.server.close();
