// Shared end-to-end harness: a static server for dist/ on 127.0.0.1 and Debian's Chromium
// (never a downloaded browser) driven through playwright-core, with WebGPU on SwiftShader.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.GENLAB_DIST ? path.resolve(process.env.GENLAB_DIST) : path.resolve(here, '../../dist');
export const ARTIFACTS = path.resolve(here, 'artifacts');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json', '.svg': 'image/svg+xml' };

/// `link`, for benchmarks: `{ mbit }` sends every response through one shared link of that many
/// Mbit/s (all requests at once share it, as on a real connection), gzipped where the browser
/// accepts it, as a static host would.
export function serve(link = null) {
  const gzipped = new Map();
  let linkFree = 0; // when the shared link has sent everything booked so far (ms since epoch)
  // Each 16 kB chunk books the link's next free slot and is written when its slot ends, so
  // responses interleave on one link of the given rate; a response the browser dropped (a reload
  // mid-download) stops booking.
  const send = (res, body) => {
    if (!link) return res.end(body);
    const bytesPerMs = (link.mbit * 1e6) / 8 / 1000;
    let at = 0;
    const next = () => {
      if (res.destroyed) return;
      if (at >= body.length) return res.end();
      const chunk = body.subarray(at, at + 16384);
      at += chunk.length;
      linkFree = Math.max(linkFree, Date.now()) + chunk.length / bytesPerMs;
      setTimeout(() => { if (!res.destroyed) { res.write(chunk); next(); } }, Math.max(0, linkFree - Date.now()));
    };
    next();
  };
  // Gzipped once, before the first request, so no timed request waits on the compression.
  if (link) {
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
    for (const file of walk(DIST)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  }
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      let file = path.join(DIST, decodeURIComponent(url.pathname));
      if (!file.startsWith(DIST)) { res.writeHead(403); return res.end(); }
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      fs.readFile(file, (err, body) => {
        if (err) { res.writeHead(404); return res.end('not found'); }
        const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
        if (link && gzipped.has(file) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
          body = gzipped.get(file);
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
        res.writeHead(200, headers);
        send(res, body);
      });
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}/` }));
  });
}

/// Launches Chromium; `{ webgpu: false }` leaves WebGPU off, like a browser without it.
export async function launch({ webgpu = true } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genlab-chrome-'));
  const gpuArgs = webgpu ? ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-webgpu-adapter=swiftshader'] : ['--disable-features=WebGPU'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', ...gpuArgs],
  });
  // The profile goes with the browser: a test run leaves nothing behind in the temp dir (each
  // profile is tens of MB, and a run launches dozens).
  const close = context.close.bind(context);
  context.close = async (...args) => {
    try { await close(...args); } finally { fs.rmSync(userDataDir, { recursive: true, force: true }); }
  };
  return context;
}

/// Opens a page and collects its console errors and uncaught exceptions.
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.genlab && window.genlab.state() !== null, null, { timeout: 60_000 });
  return { page, errors };
}

/// The names of the .wasm files a browser context fetches (page and workers), as they happen.
export function wasmFetches(context) {
  const seen = [];
  context.on('request', (r) => { const m = r.url().match(/([\w-]+\.wasm)(\?|$)/); if (m) seen.push(m[1]); });
  return seen;
}

export const state = (page) => page.evaluate(() => window.genlab.state());

export async function waitFor(page, predicate, arg, timeout = 120_000) {
  await page.waitForFunction(predicate, arg, { timeout, polling: 250 });
}

/// Waits until the page's worker is up and its layout (its height, the lecture stage's scale
/// and column where there is one, the number of canvases) has not changed for `quiet` ms, or 8 s
/// have passed: a page measured as it looks once it has settled, without a fixed sleep.
export async function still(page, quiet) {
  const every = 200;
  let last = null, same = 0;
  for (let waited = 0; waited < 8_000 && same * every < quiet; waited += every) {
    await page.waitForTimeout(every);
    const now = await page.evaluate(() => {
      const column = document.querySelector('.with-tour > .page');
      return JSON.stringify([window.genlab.state()?.worker?.backend ?? null, document.documentElement.scrollHeight,
        column?.getAttribute('style'), column?.getBoundingClientRect().height, document.querySelectorAll('canvas').length]);
    });
    same = now === last && !now.startsWith('[null') ? same + 1 : 0;
    last = now;
  }
}

/// The page's link once it says (or has stopped saying) `re`: the link follows the state after a
/// render, which a loaded machine can delay, so a test waits for it (at most 5 s) and then
/// asserts on what it got.
export async function linkSays(page, re, says = true) {
  await page.waitForFunction(([source, flags, says]) => new RegExp(source, flags).test(location.href) === says,
    [re.source, re.flags, says], { timeout: 5_000, polling: 100 }).catch(() => {});
  return page.url();
}

export async function shot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// Terms the seed itself writes in English (and names, units, symbols), set aside before looking
// for English sentences on a Korean page.
export const SEED_TERMS = ['Flow matching', 'flow matching', 'Log-likelihood', 'log-likelihood', 'likelihood', 'implicit model', 'explicit model', 'Diffusion', 'diffusion',
  'GenLab', 'English', 'GAN', 'VAE', 'DDPM', 'DDIM', 'MMD²', 'Fréchet', 'JS', 'ELBO', 'FID', 'IS', 'divergence', 'mode collapse', 'mode', 'seed', 'chunk', 'step',
  'noise', 'generator', 'discriminator', 'critic', 'latent', 'decoder', 'encoder', 'prior', 'posterior', 'decode', 'nats', 'ln', 'log', 'CPU', 'WebGPU',
  'steps/s', 'loss', 'batch', 'Adam', 'SGD', 'Euler', 'Heun', 'U-Net', 'Markov chain', 'schedule', 'sampler', 'linear', 'cosine', 'sigmoid', 'minimax',
  'non-saturating', 'WGAN-GP', 'LSGAN', 'KL', 'OT', 'MLP', 'EMA', 'PNG', 'CSV', 'x,y',
  // The real digits' credit: names and a licence, the same in every language.
  'MNIST', 'LeCun', 'Cortes', 'Burges', 'CC BY-SA'];

/// Runs of three or more English words (two letters or more each) on the page once the seed's terms are set aside: on a
/// Korean page, each is an untranslated sentence.
export async function untranslated(page) {
  let text = await page.locator('body').innerText();
  for (const t of [...SEED_TERMS].sort((a, b) => b.length - a.length)) text = text.split(t).join('·');
  // Words of two letters or more: single letters are the maths' variables (x_t, t, c).
  return text.match(/[A-Za-z][A-Za-z'’-]+(?:[ ,:]+[A-Za-z][A-Za-z'’-]+){2,}/g) || [];
}
