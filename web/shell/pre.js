// Runs before the Emscripten runtime (linked into app.js with --pre-js).
Module['canvas'] = document.getElementById('canvas');
Module['canvas'].addEventListener('contextmenu', function(e) { e.preventDefault(); });
Module['print'] = function(text) { console.log(text); };
// A download made in the page (exports, chart images): nothing is sent anywhere.
Module['saveBlob'] = function(blob, name) {
  var url = URL.createObjectURL(blob);
  var a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function() { URL.revokeObjectURL(url); }, 5000);
};
// A canvas holding \p width x \p height RGBA pixels at \p rgba in the heap, rows bottom-up
// as OpenGL reads them (for the chart PNGs and the brief's images).
Module['rgbaCanvas'] = function(width, height, rgba) {
  var canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  var context = canvas.getContext('2d');
  var image = context.createImageData(width, height);
  var row = width * 4;
  for (var y = 0; y < height; ++y) {  // OpenGL's rows are bottom-up
    image.data.set(HEAPU8.subarray(rgba + (height - 1 - y) * row, rgba + (height - y) * row), y * row);
  }
  context.putImageData(image, 0, 0);
  return canvas;
};
// The brief's chart images (PNG data URLs) by chart name, until the brief is shown.
Module['briefCharts'] = {};
Module['printErr'] = function(text) { console.error(text); };
Module['onRuntimeInitialized'] = function() {
  // The module is compiled and running (and the worker files are in memory, pool.js): forbid
  // every network request from now on. worker-src blob: lets the page start its workers.
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "default-src 'none'; connect-src 'none'; script-src 'self' 'wasm-unsafe-eval'; " +
                 "style-src 'unsafe-inline'; img-src data:; font-src 'none'; media-src 'none'; " +
                 "object-src 'none'; frame-src 'none'; worker-src blob:; manifest-src 'none'; " +
                 "base-uri 'none'; form-action 'none'";
  document.head.appendChild(meta);
  window.bailiffNetworkLocked = true;
  // The Web Workers, created now, inherit both policies (shell/pool.js).
  Module['bailiffPool'].start();
  var loading = document.getElementById('loading');
  if (loading) loading.remove();
};
