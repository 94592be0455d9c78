// The training worker: loads the same wasm module as the page. Its start function sees a
// worker scope (no `window`) and runs the training loop instead of the UI.
import init from '../genlab.js';

init({ module_or_path: new URL('../genlab_bg.wasm', import.meta.url) }).catch((e) => {
  postMessage(JSON.stringify({ Error: { message: 'The worker could not load the model code: ' + e, fatal: true } }));
});
