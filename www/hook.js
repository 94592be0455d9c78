// Loaded before the app's module (a file, not an inline script, so the page's
// Content-Security-Policy can refuse every inline script).
// The test hook (README, "Test hook"): the app state, data, samples and metrics as JSON.
window.genlab = {
  state: () => {
    const s = window.wasmBindings && window.wasmBindings.genlab_state();
    return s ? JSON.parse(s) : null;
  },
  crashWorker: () => window.wasmBindings.genlab_crash_worker(),
  loseGpu: () => window.wasmBindings.genlab_lose_gpu(),
  moveToGpu: () => window.wasmBindings.genlab_move_to_gpu(),
  // The page module's WebAssembly memory in bytes (the soak reads it; 0 before start).
  wasmMemory: () => 0,
};
// Trunk's loader (boot.js) announces the started module with its exports.
window.addEventListener('TrunkApplicationStarted', (e) => {
  window.genlab.wasmMemory = () => e.detail.wasm.memory.buffer.byteLength;
});
// A start failure in a browser without WebAssembly or modules: one sentence where the
// "Loading" line was, not a blank page.
window.addEventListener('error', (e) => {
  const boot = document.getElementById('boot');
  if (boot) boot.textContent = 'GenLab could not start: ' + (e.message || e) + '. Try a current Chrome, Edge or Firefox.';
});
// The offline copy (sw.js, written at build time): after a first visit the page reloads, trains
// and samples with no network. Not where service workers are unavailable (file://, old browsers).
// Its install downloads every file of the site (about 3 MB), so it waits until the landing has
// moved (the `genlab-first-move` mark) or, on any other page, 5 s after the app started: on a
// slow link the page's own module comes first (tests/e2e/bench_landing.mjs).
if ('serviceWorker' in navigator && window.isSecureContext) {
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  };
  if ('PerformanceObserver' in window) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('genlab-first-move').length) { observer.disconnect(); register(); }
    }).observe({ type: 'mark' });
  }
  window.addEventListener('TrunkApplicationStarted', () => setTimeout(register, 5000));
}
