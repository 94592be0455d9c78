// Benchmark (not a test): how fast TensorFlow.js trains GenLab's small 2-D GAN (see gan.js for
// the exact model, step and timing) in Debian's headless Chromium, on every tf.js backend that
// initialises there. Serves this folder on 127.0.0.1, opens gan.html once per backend (a fresh
// page each), prints a table and writes last-run.json. "wasm+threads" is the wasm backend on a
// cross-origin-isolated page (COOP/COEP headers), the only way it gets SharedArrayBuffer threads.
// Finally it re-runs the fastest backend to 2,000 iterations and samples G as a sanity check.
// Run: cd bench/tfjs && npm install && node run.mjs [--seconds=3] [--sanity=2000] [backend names…]
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const loadStart = os.loadavg().map((x) => +x.toFixed(2));   // the machine may be busy: recorded
const opt = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));   // e.g. `node run.mjs wasm webgl`
const SECONDS = Number(opt.seconds || 3), SANITY = Number(opt.sanity || 2000);
const RUNS = [
  { name: 'webgl', backend: 'webgl' },
  { name: 'wasm', backend: 'wasm' },
  { name: 'wasm+threads', backend: 'wasm', coi: true },
  { name: 'cpu', backend: 'cpu' },
  { name: 'webgpu', backend: 'webgpu' },
];
// Same flags as tests/e2e/harness.mjs (WebGPU through SwiftShader's Vulkan), plus
// --use-angle=swiftshader for WebGL (redundant here: with Vulkan on, WebGL already gets ANGLE on
// Vulkan/SwiftShader). playwright adds --headless itself (headless: true); the fresh temporary
// profile goes through launchPersistentContext, as playwright refuses --user-data-dir in args.
const ARGS = ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--enable-unsafe-webgpu', '--enable-features=Vulkan',
  '--use-angle=swiftshader', '--use-webgpu-adapter=swiftshader'];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.map': 'application/json' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const file = path.join(here, decodeURIComponent(url.pathname));
  if (!file.startsWith(here + path.sep)) { res.writeHead(403); return res.end(); }
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); return res.end('not found'); }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    // Cross-origin isolation for the page when asked; every subresource is same-origin.
    if (url.searchParams.get('coi') === '1') Object.assign(headers, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
    res.writeHead(200, headers);
    res.end(body);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/gan.html`;

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genlab-tfjs-'));
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args: ARGS });

async function runPage(r, extra = '') {
  const page = await context.newPage();
  const log = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) log.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => log.push(`pageerror: ${e}`));
  let result;
  try {
    await page.goto(`${base}?backend=${r.backend}&seconds=${SECONDS}${r.coi ? '&coi=1' : ''}${extra}`);
    await page.waitForFunction(() => window.result, null, { timeout: 300_000, polling: 200 });
    result = await page.evaluate(() => window.result);
  } catch (e) {
    result = { backend: r.backend, ok: false, error: String(e) };
  }
  await page.close();
  if (log.length) result.console = log.slice(0, 10);
  return { name: r.name, ...result };
}

const results = [];
for (const r of RUNS.filter((r) => !only.length || only.includes(r.name))) {
  const res = await runPage(r);
  results.push(res);
  console.error(`${r.name}: ${res.ok ? `${res.it_per_s} it/s` : `FAILED ${res.error.split('\n')[0]}`}`);
}
const best = results.filter((r) => r.ok).sort((a, b) => b.it_per_s - a.it_per_s)[0];
const sanity = best ? await runPage(RUNS.find((r) => r.name === best.name), `&sanity=${SANITY}`) : null;
const meta = { date: new Date().toISOString(), chromium: context.browser()?.version() ?? null, tfjs: results.find((r) => r.tfjs)?.tfjs,
  args: ARGS, cpus: os.cpus().length, loadavg_at_start: loadStart, loadavg_at_end: os.loadavg().map((x) => +x.toFixed(2)), seconds: SECONDS };
await context.close();
server.close();
fs.rmSync(userDataDir, { recursive: true, force: true });

const fmt = (x, d = 3) => (typeof x === 'number' ? x.toFixed(d) : '-');
console.log(`TF.js ${meta.tfjs} GAN (2-64-64-2 / 2-64-64-1, batch 256, Adam), Chromium ${meta.chromium}, ${meta.cpus} CPUs, load ${loadStart[0]} -> ${meta.loadavg_at_end[0]}`);
console.log('backend        it/s    first-iter ms  loss_D  loss_G  notes');
for (const r of results) {
  const i = r.info || {};
  const note = !r.ok ? `FAILED: ${String(r.error).split('\n')[0].slice(0, 120)}`
    : r.backend === 'webgl' ? `WebGL${i.webgl_version} ${i.renderer}`
    : r.backend === 'wasm' ? `simd=${i.simd} threads=${i.threads} crossOriginIsolated=${r.crossOriginIsolated}`
    : r.backend === 'webgpu' ? `adapter ${JSON.stringify(i.adapter)}` : '';
  console.log(`${r.name.padEnd(13)} ${r.ok ? fmt(r.it_per_s, 1).padStart(7) : '      -'}  ${fmt(r.first_iteration_ms, 1).padStart(13)}  ${fmt(r.loss_d).padStart(6)}  ${fmt(r.loss_g).padStart(6)}  ${note}`);
}
if (sanity?.sanity) {
  const s = sanity.sanity;
  console.log(`sanity (${sanity.name}, ${s.iterations} iterations): loss_D ${fmt(s.loss_d)} loss_G ${fmt(s.loss_g)}, ` +
    `share of 1000 samples with x<0: ${s.share_x_lt_0}, within 0.9 of a cluster centre: ${s.share_within_0_9_of_a_centre}`);
} else if (sanity) console.log(`sanity run failed: ${sanity.error}`);
fs.writeFileSync(path.join(here, 'last-run.json'), JSON.stringify({ meta, results, sanity }, null, 2) + '\n');
