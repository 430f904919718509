// Browser budgets of the web visualizer (a benchmark, not a timed test), in Debian's headless
// Chromium: wasm + js size, first frame, a 1M-case rerun, a national year (the preset's fines,
// one replication) in the Web Workers and on the page's thread alone, in the same run.
// Usage: node budget.mjs [SITE_DIR]  -> prints a table, writes tests/artifacts/web/budget.json
import { statSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { serve } from './serve.mjs';
import { launch, waitFor } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const site = resolve(process.argv[2] || join(repo, 'build/wasm/web/site'));
const artifacts = join(repo, 'tests/artifacts/web');
mkdirSync(artifacts, { recursive: true });
const skipNational = process.env.BAILIFF_BUDGET_SKIP_NATIONAL === '1';

const size = (f) => statSync(join(site, f)).size;
const out = { site, when: new Date().toISOString(), cpus: cpus().length, cpu: cpus()[0]?.model };
out.wasm_bytes = size('app.wasm');
out.js_bytes = size('app.js');
out.total_bytes = out.wasm_bytes + out.js_bytes;
out.worker_wasm_bytes = size('worker.wasm');  // fetched too, for the Web Workers
out.worker_js_bytes = size('worker.js');

const { server, url } = await serve(site);
const browser = await launch();

async function open(hash) {
  const page = await browser.context.newPage();
  const t0 = Date.now();
  await page.goto(`${url}#${hash}`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready() && window.bailiffTest.state().frames > 0),
                null, { interval: 20, what: 'first frame' });
  return { page, wall_ms: Date.now() - t0 };
}
const state = (page) => page.evaluate(() => window.bailiffTest.state());
const waitRun = (page, g) => waitFor(page, (g) => { const s = window.bailiffTest.state(); return s.generation >= g && !s.busy ? s : null; },
                                     g, { timeout: 900000, interval: 100, what: `run ${g}` });

// First frame: ms from navigation start to the end of the first drawn frame (median of 3).
{
  const runs = [];
  for (let i = 0; i < 3; ++i) {
    const { page } = await open('n=1000&r=1');
    runs.push((await state(page)).first_frame_at_ms);
    await page.close();
  }
  runs.sort((a, b) => a - b);
  out.first_frame_ms = runs[1];
  out.first_frame_runs_ms = runs;
}

// 1M cases, one replication: a cold comparison (A and B), then a rerun after editing A
// (B comes from the cache, so the rerun simulates 1M cases).
{
  const { page } = await open('n=1000000&r=1');
  const cold = await waitRun(page, 1);
  out.comparison_1m_cold_ms = cold.run_ms;
  await page.evaluate(() => window.bailiffTest.setParam('A', '/parameters/simplified_max_debt/values/1/value', 30));
  await page.evaluate(() => window.bailiffTest.run());
  const rerun = await waitRun(page, 2);
  out.rerun_1m_ms = rerun.run_ms;
  out.rerun_1m_reused_runs = rerun.reused_runs;
  out.case_runs_per_s = Math.round(1e6 / (rerun.run_ms / 1000));
  await page.close();
}

// A national year: the preset's fines, one replication, A against B, first in the Web Workers
// (the page's default), then on the page's thread alone (another seed: nothing cached).
if (!skipNational) {
  const { page } = await open('n=0&r=1');
  out.loadavg_before_national = loadavg();
  const w = await waitRun(page, 1);
  out.national_workers = w.workers;
  out.national_comparison_ms_workers = w.run_ms;
  const f = JSON.parse(await page.evaluate(() => window.bailiffTest.figures()));
  out.national_cases = f.report.cases;
  await page.evaluate(() => { window.bailiffTest.set('workers', 0); window.bailiffTest.set('seed', 7); window.bailiffTest.run(); });
  const one = await waitRun(page, 2);
  out.national_comparison_ms_one_thread = one.run_ms;
  out.national_one_thread_workers = one.workers;
  out.national_speedup = +(one.run_ms / w.run_ms).toFixed(2);
  out.loadavg_after_national = loadavg();
  await page.close();
}

await browser.close();
server.close();
writeFileSync(join(artifacts, 'budget.json'), JSON.stringify(out, null, 2) + '\n');
const mb = (b) => (b / 1e6).toFixed(2) + ' MB';
const row = (what, v, budget, ok) => console.log(`| ${what} | ${v} | ${budget} | ${ok ? 'within' : 'OVER'} |`);
console.log('| measure | measured | budget | |\n|---|---|---|---|');
row('wasm + js', `${mb(out.total_bytes)} (wasm ${mb(out.wasm_bytes)}, js ${mb(out.js_bytes)})`, '< 2 MB', out.total_bytes < 2e6);
row('first frame', `${Math.round(out.first_frame_ms)} ms`, '< 2 s', out.first_frame_ms < 2000);
row('1M-case rerun (A edited, B cached)', `${Math.round(out.rerun_1m_ms)} ms`, '< 250 ms', out.rerun_1m_ms < 250);
console.log(`| 1M-case comparison, cold (A and B) | ${Math.round(out.comparison_1m_cold_ms)} ms | | |`);
console.log(`| worker.wasm + worker.js (Web Workers) | ${mb(out.worker_wasm_bytes + out.worker_js_bytes)} | | |`);
if (!skipNational) {
  const fines = (out.national_cases / 1e6).toFixed(1);
  row(`national year, ${fines}M fines, A and B, ${out.national_workers} Web Workers`, `${Math.round(out.national_comparison_ms_workers)} ms`,
      '< 5 s', out.national_comparison_ms_workers < 5000);
  console.log(`| the same on the page's thread alone | ${Math.round(out.national_comparison_ms_one_thread)} ms (${out.national_speedup}x the workers' time) | | |`);
}
console.log(`\nwritten ${join(artifacts, 'budget.json')}`);
