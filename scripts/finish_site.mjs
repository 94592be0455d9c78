// Trunk post-build hook (Trunk.toml), the site's last step:
// 1. moves Trunk's inline module loader out of index.html into boot.js, so the page's
//    Content-Security-Policy (index.html) can refuse every inline script — and fails the build
//    if any inline script is left or the policy is missing;
// 2. writes the offline service worker (www/sw.js) to the site's root with this build's version
//    (a hash of its files) and the files to store on install: everything but the WebGPU module,
//    which is stored when a browser that uses it fetches it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist');
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const inline = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const loaders = [...html.matchAll(inline)].filter((m) => /type="module"/.test(m[1]));
if (loaders.length !== 1) throw new Error(`expected Trunk's one inline module loader in ${file}, found ${loaders.length}`);
fs.writeFileSync(path.join(dir, 'boot.js'), loaders[0][2].trim() + '\n');
html = html.replace(loaders[0][0], '<script type="module" src="./boot.js"></script>');
const left = [...html.matchAll(inline)].filter((m) => m[2].trim() !== '');
if (left.length) throw new Error(`inline script left in ${file}: ${left[0][0].slice(0, 80)}`);
if (!html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${file} has no Content-Security-Policy`);
fs.writeFileSync(file, html);

const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
const template = path.join(dir, 'www', 'sw.js');
const files = walk(dir).map((f) => path.relative(dir, f).split(path.sep).join('/'))
  // Neither the WebGPU module nor the real digits (www/data, 1.66 MB) go to every visitor: each
  // is stored when a page first fetches it.
  .filter((f) => !f.startsWith('genlab_gpu') && !f.startsWith('www/data/') && f !== 'sw.js' && f !== 'www/sw.js').sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const sw = fs.readFileSync(template, 'utf8')
  .replace('__GENLAB_VERSION__', hash.digest('hex').slice(0, 16))
  .replace('__GENLAB_PRECACHE__', JSON.stringify(['./', ...files]));
fs.writeFileSync(path.join(dir, 'sw.js'), sw);
fs.rmSync(template);
