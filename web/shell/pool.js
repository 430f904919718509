// The page's Web Workers (linked into app.js with --pre-js; C++ side: src/worker_pool.cpp).
// worker.js and worker.wasm are fetched while the page loads its own files; the runtime does
// not start (a run dependency) until both are in memory, so that the lock-down policy added
// in onRuntimeInitialized (pre.js) comes after every fetch. The workers are then created from
// a blob: URL of worker.js (worker-src blob:, the only source either policy allows): a blob
// worker inherits the page's policies, the lock-down included, so no worker can make a
// request either. Each is sent the compiled worker.wasm and instantiates it itself.
(function() {
  var pool = Module['bailiffPool'] = { workers: [], settled: false, error: '' };
  var files = null;
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined') {
    pool.error = 'this browser has no Web Workers';
  } else {
    var fetched = function(name, read) {
      return fetch(name).then(function(r) {
        if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
        return read(r);
      });
    };
    files = Promise.all([
      fetched('worker.js', function(r) { return r.text(); }),
      fetched('worker.wasm', function(r) { return r.arrayBuffer(); }).then(function(b) { return WebAssembly.compile(b); })
    ]);
  }
  Module['preRun'] = [].concat(Module['preRun'] || [], [function() {
    if (!files) return;
    addRunDependency('bailiff-worker-files');
    files.then(function(f) {
      pool.script = URL.createObjectURL(new Blob([f[0]], { type: 'text/javascript' }));
      pool.module = f[1];
    }, function(e) {
      pool.error = 'the worker files cannot be loaded: ' + e;
    }).then(function() { removeRunDependency('bailiff-worker-files'); });
  }]);

  function tell(exported, types, args) {
    if (Module.calledRun) Module.ccall(exported, null, types, args);
  }
  function failed(w, job, message) {
    var at = pool.workers.indexOf(w);
    if (at < 0) return;
    pool.workers.splice(at, 1);  // the others keep their order: numbered 0..length-1
    w.terminate();
    pool.error = 'a Web Worker stopped: ' + message;
    tell('bailiff_pool_failed', ['number', 'number', 'string'], [at, job, message]);
  }
  function part(w, m) {
    var at = pool.workers.indexOf(w);
    if (at < 0) return;
    var p = Module._malloc(Math.max(m.bytes.length, 1));
    try {
      HEAPU8.set(m.bytes, p);
      tell('bailiff_pool_part', ['number', 'number', 'number', 'number', 'number'], [at, m.job, m.run, p, m.bytes.length]);
    } finally {
      Module._free(p);
    }
  }

  // Called by pre.js once the lock-down policy is in place.
  pool.start = function() {
    if (!pool.script) { pool.settled = true; return; }
    var count = Math.max(1, navigator.hardwareConcurrency | 0), starting = count;
    var started = function() { if (--starting === 0) pool.settled = true; };
    for (var i = 0; i < count; ++i) {
      (function(i) {
        var w, up = false;
        var refused = function(why) {
          if (up) return;
          up = true;  // settled, not ready
          pool.error = 'Web Worker ' + (i + 1) + ' did not start: ' + why;
          if (w) w.terminate();
          started();
        };
        try {
          w = new Worker(pool.script, { name: 'bailiff-worker-' + (i + 1) });
        } catch (e) {
          refused(String(e));
          return;
        }
        w.onmessage = function(e) {
          var m = e.data;
          if (m.type === 'ready' && !up) { up = true; pool.workers.push(w); started(); }
          else if (m.type === 'part') part(w, m);
          else if (m.type === 'error') { if (up && pool.workers.indexOf(w) >= 0) failed(w, m.job >>> 0, m.message); else refused(m.message); }
        };
        w.onerror = function(e) {
          e.preventDefault();
          var why = e.message || 'an error in the worker';
          if (up) failed(w, 0xFFFFFFFF, why); else refused(why);
        };
        w.postMessage({ type: 'init', module: pool.module });
      })(i);
    }
  };
  pool.load = function(job, message, csv) {
    pool.workers.forEach(function(w) { w.postMessage({ type: 'load', job: job, message: message, csv: csv }); });
  };
  pool.simulate = function(worker, job, run, first, last) {
    pool.workers[worker].postMessage({ type: 'simulate', job: job, run: run, first: first, last: last });
  };
})();
