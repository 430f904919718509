// Browser test of the records tab (issue 23, item 4): open the shipped example log from disk,
// type the IIN key and press Check with the mouse and keys; the page says nothing leaves the
// computer, and its opening sentence and counts are those of `bailiff check-records` in the
// page's language; a finding picked with the mouse shows its case's recorded path beside the
// law's; a log with a region not in the table is refused with the CLI's error; no request
// leaves the page after load; no console error.
//
// Usage: node records.test.mjs [SITE_DIR]   (default: build/wasm/web/site)
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { artifacts, cli, repo, steps } from './harness.mjs';
import { serve } from './serve.mjs';
import { launch, waitFor } from './browser.mjs';

const site = resolve(process.argv[2] || join(repo, 'build/wasm/web/site'));
const scratch = mkdtempSync(join(tmpdir(), 'bailiff-records-test-'));
const log = join(scratch, 'example.csv');
copyFileSync(join(repo, 'data/records/example.csv'), log);
const badLog = join(scratch, 'unknown_region.csv');
copyFileSync(join(repo, 'tests/fixtures/records/unknown_region.csv'), badLog);
const keyFile = join(repo, 'tests/fixtures/cli/example.key');
const KEY = 'example-key-0001';

const { step, summary } = steps();
const { server, url, requests } = await serve(site);
const browser = await launch();
const page = browser.context.pages()[0] || await browser.context.newPage();
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));

const state = () => page.evaluate(() => window.bailiffTest.state());
const pause = (ms) => page.waitForTimeout(ms);
async function click(widget) {
  const r = (await state()).widgets[widget];
  assert.ok(r, `widget ${widget} is on screen`);
  await page.mouse.move((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  await pause(150);  // ImGui takes a press on the frame after the hover
  await page.mouse.down();
  await pause(80);
  await page.mouse.up();
  await pause(150);
}
async function press(key) {
  await page.keyboard.down(key);
  await pause(100);
  await page.keyboard.up(key);
  await pause(100);
}
const shot = (name) => page.screenshot({ path: join(artifacts, name) });
let loadedAt = 0;

await step('page loads; the records tab opens with a click and says nothing leaves the computer', async () => {
  await page.goto(`${url}#lang=en&n=2000&r=1`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  await waitFor(page, () => window.bailiffTest.state().generation >= 1 && !window.bailiffTest.state().busy, null,
                { timeout: 120000, what: 'first run' });
  loadedAt = Date.now();
  await click('tab.records');
  await waitFor(page, () => window.bailiffTest.state().widgets['records.open'], null, { what: 'the records tab' });
  assert.equal(await page.evaluate(() => window.bailiffTest.label('records.page.help').includes('nothing leaves the computer')), true);
});

await step('a log from disk, the key typed, Check pressed: the CLI\'s sentence and counts', async () => {
  await page.setInputFiles('#records-input', log);
  await waitFor(page, () => window.bailiffTest.state().records.file === 'example.csv', null, { what: 'log opened' });
  await click('records.key');
  await page.keyboard.type(KEY, { delay: 30 });
  await press('Tab');
  await click('records.check');
  const r = await waitFor(page, () => { const r = window.bailiffTest.state().records; return r.checked ? r : null; },
                          null, { what: 'log checked' });
  const ref = JSON.parse(cli(['check-records', log, '--iin-key-file', keyFile, '--json']));
  assert.equal(r.error, '');
  assert.equal(r.cases, ref.cases);
  assert.equal(r.cases_with_finding, ref.cases_with_finding);
  assert.equal(r.findings, ref.findings.length);
  const text = cli(['check-records', log, '--iin-key-file', keyFile]);
  assert.equal(r.headline, text.split('\n')[0]);
  assert.equal(JSON.stringify(r).includes(KEY), false, 'the key is never in the state');
  await pause(200);
  await shot('10-records-en.png');
  // In Russian, the CLI's Russian sentence.
  assert.equal(await page.evaluate(() => window.bailiffTest.set('lang', 'ru')), '');
  const ru = cli(['check-records', log, '--iin-key-file', keyFile, '--lang', 'ru']).split('\n')[0];
  await waitFor(page, (h) => window.bailiffTest.state().records.headline === h, ru, { what: 'the Russian sentence' });
  assert.equal(await page.evaluate(() => window.bailiffTest.set('lang', 'en')), '');
});

await step('a finding picked with the mouse: its recorded path beside the law\'s', async () => {
  await waitFor(page, () => window.bailiffTest.state().widgets['records.row0'], null, { what: 'the findings table' });
  await click('records.row0');
  const r = await waitFor(page, () => { const r = window.bailiffTest.state().records; return r.selected ? r : null; },
                          null, { what: 'a finding selected' });
  const ref = JSON.parse(cli(['check-records', log, '--iin-key-file', keyFile, '--json']));
  assert.equal(r.selected, ref.findings[0].case_id);
  assert.ok(r.recorded.length > 0 && r.law.length > 0, JSON.stringify(r));
  // RL-05: a proceeding recorded over the limit; the law hands the debt to a private bailiff.
  assert.deepEqual(r.recorded.map((e) => e.action), ['proceeding_opened', 'handed_to_private_bailiff']);
  assert.ok(r.law.some((d) => d.action === 'handed_to_private_bailiff'), JSON.stringify(r.law));
  assert.ok(!r.law.some((d) => d.action === 'proceeding_opened'), JSON.stringify(r.law));
  await pause(200);
  await shot('11-records-case.png');
});

await step('200,000 cases checked in the page as by the CLI (time measured)', async () => {
  const big = join(scratch, 'record-log-200000.csv');
  cli(['record-log', '--cases', '200000', '--inject-rate', '0.01', '-o', big]);
  await page.setInputFiles('#records-input', big);
  await waitFor(page, () => window.bailiffTest.state().records.file === 'record-log-200000.csv', null,
                { timeout: 60000, what: 'the big log opened' });
  const t0 = Date.now();
  await click('records.check');
  const r = await waitFor(page, () => { const r = window.bailiffTest.state().records; return r.checked && r.cases >= 200000 ? r : null; },
                          null, { timeout: 300000, interval: 250, what: 'the big log checked' });
  const seconds = (Date.now() - t0) / 1000;
  const ref = JSON.parse(cli(['check-records', big, '--iin-key-file', keyFile, '--json']));
  assert.equal(r.error, '');
  assert.equal(r.cases, ref.cases);
  assert.equal(r.cases_with_finding, ref.cases_with_finding);
  assert.equal(r.findings, ref.findings.length);
  console.log(`     ${r.cases} cases, ${r.findings} findings checked in the page in ${seconds.toFixed(1)} s (click to result)`);
  writeFileSync(join(artifacts, 'records-200000.json'), JSON.stringify({ cases: r.cases, findings: r.findings, seconds }, null, 2) + '\n');
});

await step('a region not in the table: the CLI\'s error, nothing checked', async () => {
  await page.setInputFiles('#records-input', badLog);
  await waitFor(page, () => window.bailiffTest.state().records.file === 'unknown_region.csv', null, { what: 'bad log opened' });
  await click('records.check');
  const r = await waitFor(page, () => { const r = window.bailiffTest.state().records; return r.error ? r : null; },
                          null, { what: 'the refusal' });
  assert.equal(r.checked, false);
  assert.match(r.error, /^unknown_region\.csv:line 6, column 49: region: expected one of Kazakhstan's 20 regions by its English, Russian or Kazakh name \(data\/regions\/kz\.json\): Almaty \(city\) .* found "Taraz"$/);
});

await step('no request after load; no console error', async () => {
  await pause(200);
  assert.deepEqual(requests.filter((r) => r.at > loadedAt), [], 'requests after load');
  assert.deepEqual(consoleErrors, []);
});

await browser.close();
server.close();
process.exit(summary());
