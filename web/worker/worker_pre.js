// The worker's glue, linked into worker.js with --pre-js. The page creates the worker from a
// blob: URL of worker.js (fetched while the page loads) and sends it the compiled worker.wasm
// ({type: 'init', module}); the worker fetches nothing. Then, in order:
//   {type: 'load', job, message, csv}            a comparison (bailiff_worker_load)
//   {type: 'simulate', job, run, first, last}    blocks of one of its runs
// It answers {type: 'ready'} once running, {type: 'part', job, run, bytes} per simulate, and
// {type: 'error', job, message} when a call fails (job -1: starting).
var bailiffModule = new Promise(function(resolve) { Module['bailiffResolveModule'] = resolve; });
Module['instantiateWasm'] = function(imports, receive) {
  bailiffModule.then(function(module) {
    return WebAssembly.instantiate(module, imports).then(function(instance) { receive(instance, module); });
  }).catch(function(e) {
    postMessage({ type: 'error', job: -1, message: 'the worker module cannot start: ' + e });
  });
  return {};
};
Module['onRuntimeInitialized'] = function() { postMessage({ type: 'ready' }); };
Module['print'] = function(text) { console.log(text); };
Module['printErr'] = function(text) { console.error(text); };
self.onmessage = function(e) {
  var m = e.data;
  if (m.type === 'init') {
    Module['bailiffResolveModule'](m.module);
    return;
  }
  try {
    if (m.type === 'load') {
      var csv = m.csv || new Uint8Array(0);
      var at = Module._malloc(Math.max(csv.length, 1));
      var error;
      try {
        HEAPU8.set(csv, at);
        error = Module.ccall('bailiff_worker_load', 'string', ['string', 'number', 'number'],
                             [m.message, at, csv.length]);
      } finally {
        Module._free(at);
      }
      if (error) throw new Error(error);
    } else if (m.type === 'simulate') {
      var failed = Module._bailiff_worker_simulate(m.run, m.first, m.last);
      var from = Module._bailiff_worker_result();
      var bytes = HEAPU8.slice(from, from + Module._bailiff_worker_result_size());
      if (failed) throw new Error(new TextDecoder().decode(bytes));
      postMessage({ type: 'part', job: m.job, run: m.run, bytes: bytes }, [bytes.buffer]);
    }
  } catch (err) {
    postMessage({ type: 'error', job: m.job, message: String(err && err.message || err) });
  }
};
