// Page glue linked into app.js with --post-js: the CSV and receipt file inputs (read in the
// page, written to the in-memory file system, never uploaded) and the test hook
// window.bailiffTest.
(function() {
  var input = document.getElementById('csv-input');
  if (input) {
    input.addEventListener('change', function() {
      var file = input.files && input.files[0];
      if (!file) return;
      file.arrayBuffer().then(function(buffer) {
        var safe = file.name.replace(/[^A-Za-z0-9._-]/g, '_');
        try { FS.mkdir('/upload'); } catch (e) { /* exists */ }
        var path = '/upload/' + Date.now() + '-' + safe;
        FS.writeFile(path, new Uint8Array(buffer));
        Module.ccall('bailiff_csv_loaded', null, ['string', 'string'], [path, file.name]);
        input.value = '';
      });
    });
  }
  var receipts = document.getElementById('receipt-input');
  if (receipts) {
    receipts.addEventListener('change', function() {
      var files = Array.prototype.slice.call(receipts.files || []);
      receipts.value = '';
      files.reduce(function(done, file) {
        return done.then(function() { return file.arrayBuffer(); }).then(function(buffer) {
          var safe = file.name.replace(/[^A-Za-z0-9._-]/g, '_');
          try { FS.mkdir('/upload'); } catch (e) { /* exists */ }
          var path = '/upload/' + Date.now() + '-' + safe;
          FS.writeFile(path, new Uint8Array(buffer));
          Module.ccall('bailiff_receipt_loaded', null, ['string', 'string'], [path, file.name]);
        });
      }, Promise.resolve());
    });
  }
  function call(name, args) {
    var types = (args || []).map(function() { return 'string'; });
    return Module.ccall(name, 'string', types, args || []);
  }
  window.bailiffTest = {
    ready: function() { return !!(Module.calledRun && window.bailiffNetworkLocked); },
    state: function() { return JSON.parse(call('bailiff_test_state')); },
    figures: function() { return call('bailiff_test_figures'); },
    setParam: function(doc, pointer, value) { return call('bailiff_test_set_param', [doc, pointer, JSON.stringify(value)]); },
    doc: function(which) { return call('bailiff_test_doc', [which]); },
    set: function(key, value) { return call('bailiff_test_set', [key, String(value)]); },
    run: function() { Module.ccall('bailiff_test_run', null, [], []); },
    label: function(key) { return call('bailiff_test_label', [key]); },
    exportAs: function(kind) { return call('bailiff_test_export', [kind]); }
  };
})();
window.bailiffTest.missingGlyphs = function(text) {
  return Module.ccall('bailiff_test_missing_glyphs', 'number', ['string'], [text]);
};
