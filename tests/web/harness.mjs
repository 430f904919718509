// Shared by the browser tests: where the repository and the artifacts are, the `bailiff`
// CLI to check the page against, and named steps that record a pass or a failure each.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = join(repo, 'tests/artifacts/web');
mkdirSync(artifacts, { recursive: true });

/** Run `bailiff ARGS` (BAILIFF_CLI, else the native build, else the WASM CLI under node). */
export function cli(args) {
  const native = join(repo, 'build/native/cli/bailiff');
  const wasm = join(repo, 'build/wasm/cli/bailiff.js');
  let cmd, pre = [];
  if (process.env.BAILIFF_CLI) [cmd, ...pre] = process.env.BAILIFF_CLI.split(' ');
  else if (existsSync(native)) cmd = native;
  else if (existsSync(wasm)) { cmd = process.execPath; pre = ['--no-experimental-fetch', wasm]; }
  else throw new Error('no bailiff CLI built (build/native or build/wasm), or set BAILIFF_CLI');
  return execFileSync(cmd, [...pre, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
}

/** Named steps: step(name, fn) runs fn and records it; summary() prints the counts and
 *  returns the exit status. */
export function steps() {
  const results = [];
  async function step(name, fn) {
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      results.push({ name, ok: false });
      console.log(`FAIL ${name}: ${e.stack || e}`);
    }
  }
  function summary() {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed; screenshots in ${artifacts}`);
    return failed ? 1 : 0;
  }
  return { step, summary };
}
