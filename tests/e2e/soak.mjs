// The soak (issue 16): each family trains in the page with its views live, and every
// `every` seconds the page's memory is read — the JS heap after a forced garbage collection,
// the page's and the worker's WebAssembly memory, and the DOM's counts of nodes, canvases and
// event listeners (Chromium's DevTools protocol). After a warm-up, nothing may keep growing.
//
//   node tests/e2e/soak.mjs [--minutes 10] [--every 30] [--warm 240] [--only VAE]
//   (after `trunk build --release`; --only keeps the scenarios whose name contains it)
//
// prints one line per reading and a table per scenario; `soak.test.mjs` runs a 60 s version.
import { fileURLToPath } from 'node:url';
import { serve, launch, waitFor } from './harness.mjs';

/// What trains, and what keeps its views busy, in each scenario.
export const SCENARIOS = [
  { name: 'GAN A and B', query: 'page=gan&compare=1', play: 'gan-play' },
  { name: 'VAE and autoencoder', query: 'preset=ae-vs-vae', play: 'vae-play' },
  { name: 'diffusion with reverse chains', query: 'page=diffusion', play: 'play', every: 'run-reverse' },
  { name: 'images: chains and a scorecard', query: 'page=images&isteps=10', play: 'image-train-continue', every: 'image-run', also: 'image-score' },
];

async function reading(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const page_wasm = await page.evaluate(() => window.genlab.wasmMemory?.() ?? 0);
  const worker = page.workers()[0];
  const worker_wasm = worker ? await worker.evaluate(() => self.genlabWasm?.memory.buffer.byteLength ?? 0).catch(() => 0) : 0;
  const canvases = await page.evaluate(() => document.querySelectorAll('canvas').length);
  return { heap: heap.usedSize, page_wasm, worker_wasm, nodes: dom.nodes, listeners: dom.jsEventListeners, canvases };
}

const MB = (b) => (b / 1e6).toFixed(1);

/// Runs every scenario for `seconds`, reading every `every` seconds; returns the readings.
export async function soak({ seconds, every, log = () => {}, only = '' }) {
  const srv = await serve();
  const ctx = await launch();
  const results = [];
  try {
    for (const s of SCENARIOS.filter((x) => x.name.includes(only))) {
      const page = await ctx.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${srv.base}?${s.query}&device=cpu&seed=3`);
      await waitFor(page, () => window.genlab && window.genlab.state() && window.genlab.state().worker.ready, null, 60_000);
      if (s.query.startsWith('page=images')) await waitFor(page, () => { const m = window.genlab.state().images.model; return m && m.loaded; }, null, 60_000);
      const cdp = await ctx.newCDPSession(page);
      await page.click(`[data-testid=${s.play}]`);
      const readings = [];
      const start = Date.now();
      for (let t = 0; t <= seconds; t += every) {
        const wait = start + t * 1000 - Date.now();
        if (wait > 0) await page.waitForTimeout(wait);
        if (s.every && t > 0) await page.click(`[data-testid=${s.every}]`, { timeout: 2000 }).catch(() => {});
        if (s.also && t > 0 && t % (every * 4) === 0) await page.click(`[data-testid=${s.also}]`, { timeout: 2000 }).catch(() => {});
        const r = { t, ...(await reading(page, cdp)) };
        readings.push(r);
        log(`${s.name.padEnd(32)} ${String(t).padStart(5)} s  heap ${MB(r.heap)} MB  page wasm ${MB(r.page_wasm)} MB  worker wasm ${MB(r.worker_wasm)} MB  nodes ${r.nodes}  listeners ${r.listeners}  canvases ${r.canvases}`);
      }
      results.push({ name: s.name, readings, errors });
      await page.close();
    }
  } finally {
    await ctx.close();
    srv.server.close();
  }
  return results;
}

/// Growth from the reading after warm-up (by default the second) to the last, as a fraction.
export function growth(readings, key, from = 1) {
  const warm = readings[Math.min(from, readings.length - 1)][key], last = readings[readings.length - 1][key];
  return warm > 0 ? (last - warm) / warm : 0;
}

/// Growth of the floor: the lowest of the `span` readings from warm-up against the lowest of
/// the last `span`. A passing moment (a chart being redrawn, a scorecard being built) can only
/// raise one reading; what is kept raises the floor.
export function floorGrowth(readings, key, from = 1, span = 5) {
  const low = (rs) => Math.min(...rs.map((r) => r[key]));
  const warm = low(readings.slice(from, from + span)), last = low(readings.slice(-span));
  return warm > 0 ? (last - warm) / warm : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? Number(process.argv[i + 1]) : d; };
  const minutes = arg('--minutes', 10), every = arg('--every', 30), warm = arg('--warm', 240);
  const i = process.argv.indexOf('--only'), only = i > 0 ? process.argv[i + 1] : '';
  const results = await soak({ seconds: minutes * 60, every, log: console.log, only });
  const from = Math.max(1, Math.round(warm / every));
  console.log(`\n${new Date().toISOString()}: ${minutes} min per scenario, a reading every ${every} s; growth from the reading at ${from * every} s (warm) to the last, and of the floor (the lowest of 5 readings from warm against the lowest of the last 5)`);
  console.log('| scenario | JS heap | JS heap floor | page wasm | worker wasm | nodes | nodes floor | listeners | canvases | errors |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const first = r.readings[Math.min(from, r.readings.length - 1)], last = r.readings[r.readings.length - 1];
    const pct = (k) => `${MB(first[k])} → ${MB(last[k])} MB (${(growth(r.readings, k, from) * 100).toFixed(1)} %)`;
    const floor = (k) => `${(floorGrowth(r.readings, k, from) * 100).toFixed(1)} %`;
    console.log(`| ${r.name} | ${pct('heap')} | ${floor('heap')} | ${pct('page_wasm')} | ${pct('worker_wasm')} | ${first.nodes} → ${last.nodes} | ${floor('nodes')} | ${first.listeners} → ${last.listeners} | ${first.canvases} → ${last.canvases} | ${r.errors.length} |`);
  }
}
