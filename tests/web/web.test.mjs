// Browser test of the web visualizer in Debian's Chromium (headless, via playwright-core):
// load the page; change a policy parameter; run (a real click on Run); read the key figures
// through window.bailiffTest and check them against `bailiff simulate --json` for the same
// scenario; check that the baseline is reused; switch to Kazakh (a real click) and check
// the labels render with real glyphs; export JSON/CSV/bundle as downloads; open a malformed
// CSV and check the error (file, line, field) while nothing else changes; open a valid CSV;
// open a signed receipt with its public key (authentic, the CLI's words) and a changed one
// (not verified); check that no network request leaves the page after load; reopen the page
// from its URL and get the same figures; a run in the Web Workers equals the CLI and the
// same run on the page's thread, bit for bit, and the workers can make no request.
// Screenshots go to tests/artifacts/web/.
//
// Usage: node web.test.mjs [SITE_DIR]   (default: build/wasm/web/site)
// Env: BAILIFF_CLI (command for `bailiff`, default: build/native/cli/bailiff, else the
//      WASM CLI under node), BAILIFF_CHROMIUM (default /usr/bin/chromium).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { artifacts, cli, repo, steps } from './harness.mjs';
import { serve } from './serve.mjs';
import { launch, waitFor } from './browser.mjs';

const site = resolve(process.argv[2] || join(repo, 'build/wasm/web/site'));
const scratch = mkdtempSync(join(tmpdir(), 'bailiff-web-test-'));

const CASES = 20000, REPS = 3, SEED = 20240820;

// The report without the fields that name where an input came from (a path in MEMFS
// against a path on disk); hashes, figures and audit roots must match exactly.
function comparable(report) {
  const r = structuredClone(report);
  for (const k of ['policy', 'baseline', 'behaviour', 'calendar']) if (r[k]) delete r[k].source;
  return r;
}

const { step, summary } = steps();

const { server, url, requests } = await serve(site);
const browser = await launch();
const page = browser.context.pages()[0] || await browser.context.newPage();
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));

const state = () => page.evaluate(() => { const s = window.bailiffTest.state(); return s; });
const figures = async () => JSON.parse(await page.evaluate(() => window.bailiffTest.figures()));
const waitRun = (generation, what) => waitFor(page, (g) => {
  const s = window.bailiffTest.state();
  return s.generation >= g && !s.busy;
}, generation, { timeout: 180000, interval: 200, what });
async function click(widget) {
  const s = await state();
  const r = s.widgets[widget];
  assert.ok(r, `widget ${widget} is on screen (${Object.keys(s.widgets).join(', ')})`);
  await page.mouse.move((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  await page.waitForTimeout(80);
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
  await page.waitForTimeout(150);
}
const shot = (name) => page.screenshot({ path: join(artifacts, name) });

let lockAt = 0, first, edited, hash, csvHash;

await step('page loads, locks the network and runs the URL scenario', async () => {
  await page.goto(`${url}#lang=ru&n=${CASES}&r=${REPS}&seed=${SEED}`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  lockAt = Date.now();
  await waitRun(1, 'first run');
  first = await figures();
  assert.equal(first.report.cases, CASES);
  assert.equal(first.report.replications, REPS);
  await shot('01-loaded-ru.png');
});

await step('figures equal `bailiff simulate --json` (shipped policies)', async () => {
  const ref = JSON.parse(cli(['simulate', '--method', 'mc', '--json', '--cases', String(CASES), '--replications', String(REPS), '--seed', String(SEED)]));
  assert.deepEqual(first.report, ref);  // unedited: even the sources match
});

await step('edit a parameter of A, run by clicking Run, baseline reused', async () => {
  const err = await page.evaluate(() => window.bailiffTest.setParam('A', '/parameters/simplified_max_debt/values/1/value', 40));
  assert.equal(err, '');
  // The edit's frame first: it asks the reform question, one line more, and Run moves down.
  await waitFor(page, () => window.bailiffTest.state().showing_preview, null, { what: 'the edit drawn' });
  await page.waitForTimeout(100);
  await click('run');
  await waitRun(2, 'second run');
  edited = await figures();
  const s = await state();
  assert.equal(s.reused_runs, REPS, 'the baseline runs are taken from the cache');
  assert.ok(edited.summary.policy.collected_tiyn.value !== first.summary.policy.collected_tiyn.value ||
            edited.summary.policy.fees_paid_tiyn.value !== first.summary.policy.fees_paid_tiyn.value,
            'raising the robot\'s 20 MRP limit to 40 changes the figures');
  assert.deepEqual(edited.summary.baseline, first.summary.baseline);
  hash = s.hash;
  assert.match(hash, /ea=/, 'the edit is in the URL');
  await shot('02-edited-run.png');
});

await step('edited figures equal `bailiff simulate --json --policy <edited file>`', async () => {
  const file = join(scratch, 'policy-a-edited.json');
  writeFileSync(file, await page.evaluate(() => window.bailiffTest.doc('A')));
  const ref = JSON.parse(cli(['simulate', '--method', 'mc', '--json', '--policy', file, '--cases', String(CASES),
                              '--replications', String(REPS), '--seed', String(SEED)]));
  assert.deepEqual(comparable(edited.report), comparable(ref));
  assert.equal(edited.report.policy.sha256, ref.policy.sha256);
  assert.equal(edited.report.audit_root, ref.audit_root);
});

await step('switch to Kazakh by clicking, labels render with Kazakh glyphs', async () => {
  await click('lang.kk');
  const s = await state();
  assert.equal(s.lang, 'kk');
  const label = await page.evaluate(() => window.bailiffTest.label('figures.collected'));
  assert.equal(label, 'Жиналған айыппұлдар');
  const letters = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і ₸';
  // The case explorer's words: every step of every example case in a Kazakh sentence (explain's
  // message table), each glyph of which the font has.
  const ids = JSON.parse(readFileSync(join(repo, 'data/cases/example.json'), 'utf8')).cases.map((c) => c.id);
  let sentences = '';
  for (const id of ids) {
    const e = await page.evaluate((c) => window.bailiffTest.explain('A', c), id);
    assert.equal(e.lang, 'kk', id);
    assert.ok(e.steps.length > 0, `${id} has steps`);
    for (const x of e.steps) {
      assert.doesNotMatch(x.text, /^explain\./, `${id} ${x.rule}: a sentence, not a message key`);
      sentences += x.text + x.basis;
    }
  }
  assert.equal(await page.evaluate((t) => window.bailiffTest.missingGlyphs(t), sentences), 0, 'the explorer\'s glyphs');
  assert.equal(await page.evaluate((t) => window.bailiffTest.missingGlyphs(t), label + letters), 0);
  assert.match(s.hash, /lang=kk/);
  await page.waitForTimeout(200);
  await shot('03-kazakh.png');
});

await step('exports download JSON, CSV and the replay bundle', async () => {
  for (const [widget, file] of [['export.json', 'bailiff-results.json'], ['export.csv', 'bailiff-results.csv'],
                                ['export.bundle', 'bailiff-replay.bundle']]) {
    const download = page.waitForEvent('download', { timeout: 15000 });
    await click(widget);
    const d = await download;
    assert.equal(d.suggestedFilename(), file);
    const out = join(artifacts, file);
    await d.saveAs(out);
    const text = readFileSync(out, 'utf8');
    if (file === 'bailiff-replay.bundle') {
      // The audit layer's bundle: `bailiff verify` replays it and checks every record.
      const verdict = cli(['verify', out]);
      assert.match(verdict, /VERIFIED/, verdict);
    }
    if (file === 'bailiff-results.json') assert.deepEqual(JSON.parse(text), edited.report);
    if (file === 'bailiff-results.csv') assert.match(text.split('\n')[0], /,/);

  }
});

await step('a malformed CSV shows file, line and field, and changes nothing', async () => {
  const before = await figures();
  const bad = 'case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge\n' +
              'X-1,920615400031,Almaty,592,19660,2025-01-15,,\n' +
              'X-2,920615400031,Almaty,592,12ab,2025-01-16,,\n';
  await page.setInputFiles('#csv-input', { name: 'bad-fines.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const s = await waitFor(page, () => { const s = window.bailiffTest.state(); return s.error ? s : null; }, null, { what: 'CSV error' });
  assert.match(s.error, /bad-fines\.csv/);
  assert.match(s.error, /3/, 'names the line');
  assert.match(s.error, /amount_tenge/, 'names the field');
  assert.doesNotMatch(s.error, /920615400031/, 'never shows an IIN');
  assert.equal(s.csv, '', 'population unchanged');
  assert.deepEqual(await figures(), before, 'figures unchanged');
  await page.waitForTimeout(200);
  await shot('04-csv-error.png');
});

await step('a valid CSV becomes the population (parsed in the page)', async () => {
  await page.setInputFiles('#csv-input', join(repo, 'tests/fixtures/csv/valid.csv'));
  const s = await waitFor(page, () => { const s = window.bailiffTest.state(); return s.csv ? s : null; }, null, { what: 'CSV loaded' });
  assert.equal(s.csv, 'valid.csv');
  assert.equal(s.error, '');
  // Its link names the file, never its data (opened in another page below).
  assert.match(s.hash, /&csv=valid\.csv(&|$)/);
  csvHash = s.hash;
});

await step('case explorer shows a timeline with articles', async () => {
  await click('tab.explorer');
  await page.evaluate(() => window.bailiffTest.set('explorer_case', 3));  // EX-04-private-bailiff
  await page.waitForTimeout(300);
  await shot('05-case-explorer.png');
  await page.evaluate(() => { window.bailiffTest.set('explorer_mode', 1); window.bailiffTest.set('explorer_index', 7); });
  await page.waitForTimeout(300);
  await shot('06-population-case.png');
});

await step('a receipt and its public key verify in the page, offline; a changed byte does not', async () => {
  const key = join(scratch, 'signer');
  const bundle = join(scratch, 'signed.rbb');
  const receipt = join(scratch, 'ex04.receipt');
  cli(['keygen', '-o', key]);
  cli(['decide', '--bundle', bundle, '--sign', `${key}.key`]);
  cli(['receipt', bundle, '--case', 'EX-04-private-bailiff', '-o', receipt]);
  // A tab takes a press only on the frame after it was hovered: hover it first.
  const tab = (await state()).widgets['tab.receipt'];
  await page.mouse.move((tab[0] + tab[2]) / 2, (tab[1] + tab[3]) / 2);
  await page.waitForTimeout(250);
  await click('tab.receipt');
  await waitFor(page, () => window.bailiffTest.state().widgets['receipt.open'], null, { what: 'the receipt tab' });
  await page.setInputFiles('#receipt-input', [receipt, `${key}.pub`]);
  const r = await waitFor(page, () => { const r = window.bailiffTest.state().receipt; return r.file && r.key ? r : null; },
                          null, { what: 'receipt checked' });
  assert.equal(r.authentic, true, r.report);
  // The page speaks its language (Kazakh here): the verdict first, then the decisions and the
  // checks, with the facts of `bailiff verify-receipt` (key id, seal, every rule).
  const words = cli(['verify-receipt', receipt, '--public-key', `${key}.pub`]);
  const keyId = words.match(/signed by key ([0-9a-f]{16})/)[1];
  const seal = words.match(/seal is ([0-9a-f]{64})/)[1];
  const rules = [...words.matchAll(/\(rule ([a-z_.]+),/g)].map((m) => m[1]);
  const facts = (report) => {
    assert.ok(report.includes(keyId) && report.includes(seal), report);
    for (const rule of rules) assert.ok(report.includes(rule), `${rule} in ${report}`);
  };
  assert.match(r.report, new RegExp(`^ТҮПНҰСҚА\\. ${keyId} кілтімен`));
  facts(r.report);
  await page.waitForTimeout(200);
  await shot('07-receipt-kk.png');
  // In Russian: the verdict and the steps in Russian words; Latin only in ids, digests, the
  // rules' and parameters' names, the file's name and the names SMS, eGov and Ed25519.
  assert.equal(await page.evaluate(() => window.bailiffTest.set('lang', 'ru')), '');
  const ru = await waitFor(page, () => { const x = window.bailiffTest.state().receipt; return x.report.startsWith('ПОДЛИННО') ? x : null; },
                           null, { what: 'the receipt in Russian' });
  facts(ru.report);
  // The tab stays open across the language switch (its id does not depend on its label).
  await waitFor(page, () => window.bailiffTest.state().widgets['receipt.open'], null, { what: 'the receipt tab still open in Russian' });
  assert.match(ru.report, /дело передано частному судебному исполнителю/);
  const latin = ru.report.replace(/[0-9a-f]{16,}|правило [a-z_.]+|параметр политики [a-z_]+|ex04\.receipt|EX-04-private-bailiff|Ed25519|SMS|eGov|push/g, '');
  assert.doesNotMatch(latin, /[A-Za-z]{2,}/, latin);
  await page.waitForTimeout(200);
  await shot('07-receipt-ru.png');
  assert.equal(await page.evaluate(() => window.bailiffTest.set('lang', 'kk')), '');
  const changed = readFileSync(receipt);
  changed[changed.length - 100] ^= 1;
  await page.setInputFiles('#receipt-input', { name: 'changed.receipt', mimeType: 'application/octet-stream', buffer: changed });
  const c = await waitFor(page, () => { const r = window.bailiffTest.state().receipt; return r.file === 'changed.receipt' ? r : null; },
                          null, { what: 'changed receipt checked' });
  assert.equal(c.authentic, false);
  assert.equal(c.verified, false);
  assert.match(c.report, /^РАСТАЛМАДЫ: /);
});

await step('no network request after load; fetch is refused by the CSP', async () => {
  const errorsBefore = consoleErrors.length;
  const refused = await page.evaluate(async () => {
    try { await fetch('/index.html'); return false; } catch { return true; }
  });
  assert.equal(refused, true);
  await page.waitForTimeout(100);
  // The refusal is reported on the console: expected here, so not counted as a page error.
  const probe = consoleErrors.splice(errorsBefore);
  assert.ok(probe.every((m) => /Content Security Policy/.test(m)), probe.join('\n'));
  const late = requests.filter((r) => r.at > lockAt);
  assert.deepEqual(late, [], 'requests after the module started');
});

await step('the URL reproduces the scenario exactly', async () => {
  const other = await browser.context.newPage();
  await other.goto(`${url}#${hash}`);
  await waitFor(other, () => { const s = window.bailiffTest && window.bailiffTest.ready() && window.bailiffTest.state(); return s && s.generation >= 1 && !s.busy; }, null, { timeout: 180000, what: 'run from URL' });
  const again = JSON.parse(await other.evaluate(() => window.bailiffTest.figures()));
  assert.deepEqual(again.report, edited.report);
  await other.close();
});

await step('a link taken on a CSV says the file stayed on the sender\'s computer', async () => {
  const other = await browser.context.newPage();
  await other.goto(`${url}#${csvHash}`);
  const notice = await waitFor(other, () => window.bailiffTest && window.bailiffTest.ready() &&
    window.bailiffTest.state().notice, null, { what: 'the note on the file not shared' });
  // The link keeps the page's language, Kazakh since the step that switched it.
  assert.match(notice, /valid\.csv файлы бойынша салыстыруда жасалған: оның деректері жіберушінің компьютерінде қалады/);
  await other.waitForTimeout(300);
  assert.ok((await other.evaluate(() => window.bailiffTest.state())).widgets.notice, 'shown in the page');
  assert.equal((await other.evaluate(() => window.bailiffTest.state())).csv, '');
  await other.close();
});

await step('Web Workers: the run equals the CLI and the page-thread run, bit for bit; workers fetch nothing', async () => {
  // 300,000 cases are 74 blocks a run: several tasks per run, over every worker, in any order.
  const cases = 300000, reps = 2, seed = SEED + 1;
  const other = await browser.context.newPage();
  other.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  other.on('pageerror', (e) => consoleErrors.push(String(e)));
  const before = requests.length;
  await other.goto(`${url}#lang=en&n=${cases}&r=${reps}&seed=${seed}`);
  const otherState = () => other.evaluate(() => window.bailiffTest.state());
  const otherRun = (g) => waitFor(other, (g) => { const s = window.bailiffTest && window.bailiffTest.ready() && window.bailiffTest.state();
                                                  return s && s.generation >= g && !s.busy ? s : null; }, g, { timeout: 180000, what: `run ${g}` });
  await waitFor(other, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  const loadedAt = Date.now();  // locked down, workers started
  const withWorkers = await otherRun(1);
  assert.equal(withWorkers.error, '');
  assert.ok(withWorkers.worker_pool.ready >= 1, `workers started (${withWorkers.worker_pool.error})`);
  assert.equal(withWorkers.workers, withWorkers.worker_pool.ready, 'the run used every worker');
  const fw = JSON.parse(await other.evaluate(() => window.bailiffTest.figures()));
  const ref = JSON.parse(cli(['simulate', '--method', 'mc', '--json', '--cases', String(cases), '--replications', String(reps), '--seed', String(seed)]));
  assert.deepEqual(fw.report, ref, 'workers: the CLI report, audit roots included');
  // The same scenario on the page's thread (another seed between them empties the run cache).
  await other.evaluate(() => window.bailiffTest.set('workers', 0));
  for (const [s, g] of [[seed + 1, 2], [seed, 3]]) {
    await other.evaluate((s) => { window.bailiffTest.set('seed', s); window.bailiffTest.run(); }, s);
    await otherRun(g);
  }
  const serial = await otherState();
  assert.equal(serial.workers, 0, 'the page thread ran it');
  assert.equal(serial.reused_runs, 0, 'nothing came from the cache');
  const fs = JSON.parse(await other.evaluate(() => window.bailiffTest.figures()));
  assert.deepEqual(fs.report, fw.report, 'page thread = workers');
  assert.equal(fs.report.audit_root, fw.report.audit_root);
  // The workers inherit the lock-down policy: a request from one is refused, and none came.
  const workers = other.workers();
  assert.equal(workers.length, withWorkers.worker_pool.ready);
  for (const w of workers) {
    const refused = await w.evaluate(async () => { try { await fetch('/index.html'); return false; } catch { return true; } });
    assert.equal(refused, true, 'fetch from a worker is refused');
  }
  await other.waitForTimeout(100);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((m) => !/Content Security Policy/.test(m)));
  const paths = requests.slice(before).map((r) => r.path);
  assert.deepEqual(paths.filter((p) => /worker/.test(p)).sort(), ['/worker.js', '/worker.wasm'], 'worker files fetched once each');
  assert.deepEqual(requests.slice(before).filter((r) => r.at > loadedAt), [], 'no request after load');
  await other.close();
});

await step('no errors in the console', async () => {
  assert.deepEqual(consoleErrors, []);
});

await browser.close();
server.close();
process.exit(summary());
