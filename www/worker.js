// The training worker. Its code comes in two builds (scripts/worker_modules.sh): `genlab_cpu`
// (the models on burn's CPU device) and `genlab_gpu` (the same with burn's WebGPU backend, a few
// times larger); the page's own module, `genlab`, holds the UI alone. The page asks for the GPU
// build (?gpu=1) unless the user chose the CPU; it is fetched only where the browser offers a
// WebGPU adapter, so a browser without one never downloads the GPU stack. Either build's start
// function sees a worker scope and trains.
const wantGpu = new URL(import.meta.url).searchParams.get('gpu') === '1';

// Reasons are message ids (the page words them in its language), with a detail after ':'.
async function whyNoAdapter() {
  if (!navigator.gpu) return 'gpu-missing';
  try {
    const adapter = await navigator.gpu.requestAdapter();
    return adapter ? null : 'gpu-no-adapter';
  } catch (e) {
    return 'gpu-failed:' + e;
  }
}

async function load(name) {
  const glue = await import(`../${name}.js`);
  // Kept for the soak (tests/e2e/soak.mjs), which reads this worker's WebAssembly memory.
  self.genlabWasm = await glue.default({ module_or_path: new URL(`../${name}_bg.wasm`, import.meta.url) });
}

async function main() {
  let why = wantGpu ? await whyNoAdapter() : 'gpu-cpu-chosen';
  if (!why) {
    try {
      await load('genlab_gpu');
      return;
    } catch (e) {
      why = 'gpu-build-failed:' + e;
    }
  }
  // The CPU build's WebGPU stub reports this reason if WebGPU is asked for.
  self.GENLAB_NO_GPU = why;
  await load('genlab_cpu');
}

main().catch((e) => {
  postMessage(JSON.stringify({ Error: { message: 'The worker could not load the model code: ' + e, fatal: true } }));
});
