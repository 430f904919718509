// Pre-js for the executables that run under node (CLI, tests): pass the process's
// environment (BAILIFF_IIN_KEY and the rest) to the program's getenv, which otherwise sees
// only Emscripten's defaults.
Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  if (typeof process === 'object' && process.env) {
    for (var name in process.env) ENV[name] = process.env[name];
  }
});
