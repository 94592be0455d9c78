// TF.js version of GenLab's 2-D GAN, timed on one tf.js backend (?backend=webgl|wasm|cpu|webgpu).
//
// Model (same as GenLab's): data = two Gaussian clusters at (-2,0) and (2,0), sigma 0.3, 50/50,
// 10,000 points made once. G: z ~ N(0,I) in 2-D -> Dense 64 ReLU -> Dense 64 ReLU -> Dense 2.
// D: 2 -> Dense 64 LeakyReLU(0.2) -> Dense 64 LeakyReLU(0.2) -> Dense 1 (logit). Non-saturating
// loss with logits: L_D = softplus(-D(x)) + softplus(D(G(z))), L_G = softplus(-D(G(z'))).
// One iteration = one Adam step on D (G(z) computed outside the gradient tape, i.e. detached),
// then one Adam step on G with fresh z. Adam lr 2e-4, beta1 0.5, beta2 0.999, batch 256.
// The real batch is gathered on the host from a Float32Array and uploaded once per iteration.
//
// Timing: first iteration alone (includes shader/kernel compilation, awaited), then warm-up to
// 20 iterations, then `seconds` (default 3) of training in chunks. Like GenLab's worker, a chunk
// is sized to ~100 ms (1..200 iterations), its losses are summed on the device and read back
// with one awaited `data()` at the end of the chunk, never per iteration. it/s = iterations in
// the timed chunks / their wall time. With &sanity=N the page then trains to N iterations in all
// and samples 1000 points from G, to show the model really learns both clusters.
const tf = window.tf;
const q = new URLSearchParams(location.search);
const BACKEND = q.get('backend') || 'webgl';
const SECONDS = Number(q.get('seconds') || 3);
const SANITY = Number(q.get('sanity') || 0);
const B = 256, N_DATA = 10_000, H = 64, WARMUP = 20;

// Seeded RNG (mulberry32) for the data set and the initial weights.
function rng(seed) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const rand = rng(1);
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const data = new Float32Array(N_DATA * 2);
for (let i = 0; i < N_DATA; i++) { data[2 * i] = (rand() < 0.5 ? -2 : 2) + 0.3 * gauss(); data[2 * i + 1] = 0.3 * gauss(); }
const batch = new Float32Array(B * 2);
function realBatch() {               // uniform with replacement, gathered on the host, one upload
  for (let i = 0; i < B; i++) { const j = (rand() * N_DATA) | 0; batch[2 * i] = data[2 * j]; batch[2 * i + 1] = data[2 * j + 1]; }
  return tf.tensor2d(batch, [B, 2]);
}

// Dense layer with PyTorch/burn-style init U(-1/sqrt(fan_in), 1/sqrt(fan_in)).
function dense(nin, nout) {
  const u = (n) => Float32Array.from({ length: n }, () => (2 * rand() - 1) / Math.sqrt(nin));
  return { w: tf.variable(tf.tensor2d(u(nin * nout), [nin, nout])), b: tf.variable(tf.tensor1d(u(nout))) };
}
// tf.fused.matMul fuses bias+activation when no gradient is being taken, and falls back to
// separate ops under the tape by itself.
const apply = (l, x, activation = 'linear') =>
  tf.fused.matMul({ a: x, b: l.w, bias: l.b, activation, leakyreluAlpha: 0.2 });

async function main() {
  const result = { backend: BACKEND, ok: false, tfjs: tf.version.tfjs, crossOriginIsolated: self.crossOriginIsolated };
  try {
    if (BACKEND === 'wasm') {
      tf.wasm.setWasmPaths(new URL('node_modules/@tensorflow/tfjs-backend-wasm/dist/', location.href).href);
      // Threads need SharedArrayBuffer, i.e. a cross-origin-isolated page. Ask for all cores; note
      // that tf.js 4.x caps the XNNPACK pool at hardwareConcurrency/2 (so 1 thread on 2 cores).
      if (self.crossOriginIsolated) tf.wasm.setThreadsCount(navigator.hardwareConcurrency);
    }
    const ok = await tf.setBackend(BACKEND);
    if (!ok || tf.getBackend() !== BACKEND) throw new Error(`tf.setBackend('${BACKEND}') failed (got ${tf.getBackend()})`);
    await tf.ready();
    result.info = await backendInfo();

    const g = [dense(2, H), dense(H, H), dense(H, 2)];
    const d = [dense(2, H), dense(H, H), dense(H, 1)];
    const G = (z) => apply(g[2], apply(g[1], apply(g[0], z, 'relu'), 'relu'));
    const D = (x) => apply(d[2], apply(d[1], apply(d[0], x, 'leakyrelu'), 'leakyrelu'));
    const gVars = g.flatMap((l) => [l.w, l.b]), dVars = d.flatMap((l) => [l.w, l.b]);
    const optD = tf.train.adam(2e-4, 0.5, 0.999), optG = tf.train.adam(2e-4, 0.5, 0.999);

    // One iteration; returns acc + [L_D, L_G] (still on the device).
    const step = (acc) => tf.tidy(() => {
      const real = realBatch();
      const fake = G(tf.randomNormal([B, 2]));          // outside the tape: detached
      const lD = optD.minimize(() => tf.add(tf.mean(tf.softplus(tf.neg(D(real)))), tf.mean(tf.softplus(D(fake)))), true, dVars);
      const lG = optG.minimize(() => tf.mean(tf.softplus(tf.neg(D(G(tf.randomNormal([B, 2])))))), true, gVars);
      return tf.add(acc, tf.stack([lD, lG]));
    });
    let iters = 0;
    const chunk = async (n) => {                         // n iterations, one awaited readback
      let acc = tf.zeros([2]);
      for (let i = 0; i < n; i++) { const next = step(acc); acc.dispose(); acc = next; }
      const v = await acc.data(); acc.dispose(); iters += n;
      return [v[0] / n, v[1] / n];
    };

    let t0 = performance.now();
    await chunk(1);
    result.first_iteration_ms = +(performance.now() - t0).toFixed(1);
    await chunk(WARMUP - 1);
    const tensorsBefore = tf.memory().numTensors;
    let n = 1, timedIters = 0, losses = null;
    t0 = performance.now();
    while (performance.now() - t0 < SECONDS * 1000) {
      const tc = performance.now();
      losses = await chunk(n); timedIters += n;
      n = Math.min(200, Math.max(1, Math.round(n * 100 / Math.max(1, performance.now() - tc))));
    }
    const elapsed = performance.now() - t0;
    Object.assign(result, { it_per_s: +(timedIters * 1000 / elapsed).toFixed(1), timed_iterations: timedIters,
      timed_ms: +elapsed.toFixed(0), last_chunk: n, loss_d: losses[0], loss_g: losses[1],
      tensor_leak: tf.memory().numTensors - tensorsBefore });

    if (SANITY) {
      while (iters < SANITY) losses = await chunk(Math.min(200, SANITY - iters));
      const s = tf.tidy(() => G(tf.randomNormal([1000, 2])));
      const p = await s.data(); s.dispose();
      let left = 0, near = 0;
      for (let i = 0; i < 1000; i++) {
        const x = p[2 * i], y = p[2 * i + 1];
        if (x < 0) left++;
        if (Math.hypot(Math.abs(x) - 2, y) < 0.9) near++;          // within 3 sigma of a centre
      }
      result.sanity = { iterations: iters, loss_d: losses[0], loss_g: losses[1], share_x_lt_0: left / 1000,
        share_within_0_9_of_a_centre: near / 1000, first_samples: Array.from(p.slice(0, 8), (v) => +v.toFixed(2)) };
    }
    result.ok = Number.isFinite(result.loss_d) && Number.isFinite(result.loss_g);
    if (!result.ok) result.error = 'non-finite loss';
  } catch (e) {
    result.error = String((e && (e.stack || e.message)) || e);
  }
  document.getElementById('out').textContent = JSON.stringify(result, null, 2);
  window.result = result;
}

async function backendInfo() {
  const env = tf.env(), info = {};
  if (BACKEND === 'webgl') {
    const gl = tf.backend().gpgpu.gl, ext = gl.getExtension('WEBGL_debug_renderer_info');
    Object.assign(info, { webgl_version: env.getNumber('WEBGL_VERSION'),
      renderer: ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      float32_render: env.getBool('WEBGL_RENDER_FLOAT32_ENABLED'), packed: env.getBool('WEBGL_PACK') });
  } else if (BACKEND === 'wasm') {
    Object.assign(info, { simd: await env.getAsync('WASM_HAS_SIMD_SUPPORT'),
      multithread_supported: await env.getAsync('WASM_HAS_MULTITHREAD_SUPPORT'), threads: tf.wasm.getThreadsCount(),
      binary: performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.endsWith('.wasm')) });
  } else if (BACKEND === 'webgpu') {
    const a = (await navigator.gpu.requestAdapter())?.info || {};
    Object.assign(info, { adapter: { vendor: a.vendor, architecture: a.architecture, device: a.device, description: a.description } });
  }
  return info;
}

main();
