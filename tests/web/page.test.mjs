// Browser test of what the page answers (issue 14): the first load says it is calculating;
// the headline and key figures exist as HTML text (lang of <html> = the page's language)
// equal to `bailiff simulate --json`; the headline agrees with A − B in ru, kk and en; an
// idle page draws no frame; an edit shows the exact expectation at once, equal to
// `bailiff simulate --method exact --json` (the time from the edit to the text measured and
// printed, at 200,000 cases and at national scale, never asserted), until Run replaces it
// with Monte Carlo, and the labels name it ("robot's window 2 months"); 60 days entered in the robot's window give 60 days
// (against the CLI on the edited policy); Back restores the previous scenario; Tab reaches
// Run and Enter runs it; the charts mark A's term ends (from the engine) and show
// collection and fees by region and fees by debtor segment, titled in ru, kk and en; the
// Brief button prints one A4 page of the last run (headline, figures, charts and audit roots
// equal to the run's) in ru, kk and en; two named scenarios are kept side by side with their
// own runs' figures and come back from the URL; the canvas fills the window at 1024x700 and
// 1920x1080; the case explorer's sentences and legal bases in Kazakh equal `bailiff explain
// --lang kk` and the policy file's texts, and the MRP value in force today is marked. Screenshots
// and the idle measurement go to tests/artifacts/web/.
//
// Usage: node page.test.mjs [SITE_DIR]   (default: build/wasm/web/site); env as web.test.mjs.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { artifacts, cli, repo, steps } from './harness.mjs';
import { serve } from './serve.mjs';
import { launch, waitFor } from './browser.mjs';

const site = resolve(process.argv[2] || join(repo, 'build/wasm/web/site'));
const scratch = mkdtempSync(join(tmpdir(), 'bailiff-page-test-'));

const CASES = 200000, REPS = 3, SEED = 20240820;

const { step, summary } = steps();

const { server, url } = await serve(site);
const browser = await launch();
const page = browser.context.pages()[0] || await browser.context.newPage();
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));

const state = () => page.evaluate(() => window.bailiffTest.state());
const figures = async () => JSON.parse(await page.evaluate(() => window.bailiffTest.figures()));
const waitRun = (generation, what) => waitFor(page, (g) => {
  const s = window.bailiffTest.state();
  return s.generation >= g && !s.busy;
}, generation, { timeout: 180000, interval: 200, what });
const shot = (name) => page.screenshot({ path: join(artifacts, name) });
// The HTML text beside the canvas: headline, note, column heads and each row's cells and values.
const text = () => page.evaluate(() => ({
  lang: document.documentElement.lang,
  method: document.getElementById('summary').dataset.method,
  headline: document.getElementById('headline').textContent,
  note: document.getElementById('stale-note').hidden ? '' : document.getElementById('stale-note').textContent,
  columns: [...document.querySelectorAll('#key-figures thead th')].map((th) => th.textContent),
  columnTitles: [...document.querySelectorAll('#key-figures thead th')].map((th) => th.title),
  official: document.getElementById('official-line').dataset.value,
  rows: Object.fromEntries([...document.querySelectorAll('#key-figures tbody tr')].map((tr) => [tr.dataset.key, {
    cells: [...tr.cells].map((c) => c.textContent), value: tr.dataset.value, b: tr.dataset.b }])),
}));
const tiyn = (tenge) => String(BigInt(tenge.replace('.', '')));  // "46343830.00" -> "4634383000"
const nbsp = (s) => s.replace(/\u00a0/g, ' ');

let runs = 0;
const history = [];  // [hash, report] of each run, oldest first

await step('the first load says it is calculating, not "press Run"', async () => {
  await page.goto(`${url}#lang=en&n=${CASES}&r=${REPS}&seed=${SEED}`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  // The first frame's text, read together with whether the run is still going.
  const during = await waitFor(page, () => {
    const headline = document.getElementById('headline').textContent;
    const method = document.getElementById('summary').dataset.method;
    return headline ? { headline, method, busy: window.bailiffTest.state().busy } : null;
  }, null, { what: 'the first text' });
  // While the run goes: "Calculating…" on the first frame, then the exact preview.
  if (during.busy && during.method !== 'exact') assert.equal(during.headline, 'Calculating…');
  assert.doesNotMatch(during.headline, /Press Run/);
  console.log(`     first text while ${during.busy ? 'running' : 'done'}: ${during.headline.slice(0, 60)}`);
  await waitRun(++runs, 'first run');
  history.push([(await state()).hash, (await figures()).report]);
});

// The key figures' exact values in the HTML text equal the CLI's JSON report \p ref.
function assertRowsEqual(t, ref) {
  assert.equal(t.rows['figures.cases'].value, String(ref.cases));
  assert.equal(t.rows['figures.rate'].value, String(ref.paid));
  assert.equal(t.rows['figures.collected'].value, tiyn(ref.collected_tenge));
  assert.equal(t.rows['figures.fees'].value, tiyn(ref.fees_paid_tenge));
  // The Ministry's formula: its own line, not a row of the table.
  assert.equal(t.rows['figures.saving_official'], undefined);
  assert.equal(t.official, tiyn(ref.fee_avoided_official_tenge));
  assert.equal(t.rows['figures.saving_cf'].value, tiyn(ref.fee_avoided_counterfactual_tenge));
  assert.equal(t.rows['figures.handed'].value, String(ref.handed_to_bailiff));
  assert.equal(t.rows['figures.proceedings'].value, String(ref.proceedings_opened));
  assert.equal(t.rows['figures.notices'].value, String(ref.notices_sent));
}

// Edit \p pointer of A to \p value and wait for the exact preview's text: the milliseconds
// from the edit to the text in the document (measured in the page).
const editToPreview = (pointer, value) => page.evaluate(([p, v]) => new Promise((done, fail) => {
  const strip = document.getElementById('summary');
  const t0 = performance.now();
  const seen = new MutationObserver(() => {
    if (strip.dataset.method !== 'exact') return;
    seen.disconnect();
    done(performance.now() - t0);
  });
  seen.observe(strip, { attributes: true, childList: true, subtree: true, characterData: true });
  const error = window.bailiffTest.setParam('A', p, v);
  if (error) fail(new Error(error));
}), [pointer, value]);

await step('the key figures as HTML text equal `bailiff simulate --json`', async () => {
  const ref = JSON.parse(cli(['simulate', '--method', 'mc', '--json', '--cases', String(CASES), '--replications', String(REPS),
                              '--seed', String(SEED)]));
  const t = await text();
  assert.equal(t.lang, 'en');
  assert.equal(t.method, 'monte_carlo');
  assertRowsEqual(t, ref);
  // The words say the same numbers: a count as grouped digits, money rounded to the tenge.
  assert.equal(t.rows['figures.handed'].cells[1], ref.handed_to_bailiff.toLocaleString('en-US'));
  const collected = (BigInt(tiyn(ref.collected_tenge)) + 50n) / 100n;
  assert.equal(nbsp(t.rows['figures.collected'].cells[1]), `${collected.toLocaleString('en-US')} ₸`);
  // Selectable: the headline is real text in the document.
  const selected = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('headline'));
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    return window.getSelection().toString();
  });
  assert.equal(selected, t.headline);
  await shot('10-headline-en.png');
});

// The headline's amount for "fees" and "collected" in each language, against A − B: a
// number (grouped, one decimal with a unit from a million up), its unit, and the direction.
const N = '(\\d[\\d., ]*\\d|\\d)';
const words = {
  en: { fees: new RegExp(`citizens pay ${N}(?: (bn|M))? ₸ (less|more) in private-bailiff fees`),
        collected: new RegExp(`${N}(?: (bn|M))? ₸ (less|more) in fines is collected`), less: 'less',
        falls: 'collection falls' },
  ru: { fees: new RegExp(`граждане платят ЧСИ на ${N}(?: (млрд|млн))? ₸ (меньше|больше)`),
        collected: new RegExp(`штрафов взыскано на ${N}(?: (млрд|млн))? ₸ (меньше|больше)`), less: 'меньше',
        falls: 'взыскание падает' },
  kk: { fees: new RegExp(`азаматтар ЖСО алымдарына ${N}(?: (млрд|млн))? ₸ (аз|көп) төлейді`),
        collected: new RegExp(`айыппұлдар ${N}(?: (млрд|млн))? ₸ (аз|көп) өндіріледі`), less: 'аз',
        falls: 'өндіру төмендейді' },
};
const UNIT = { bn: 1e11, 'млрд': 1e11, M: 1e8, 'млн': 1e8 };  // tiyn per unit
function amount(match, lang) {  // in tiyn, and half of its last shown digit
  const digits = lang === 'en' ? match[1].replace(/,/g, '') : match[1].replace(/ /g, '').replace(',', '.');
  const unit = UNIT[match[2]] || 100;
  return { tiyn: Number(digits) * unit, half: match[2] ? unit / 20 : 50 };
}

await step('the headline exists in each language and agrees with A − B', async () => {
  for (const lang of ['ru', 'kk', 'en']) {
    await page.evaluate((l) => window.bailiffTest.set('lang', l), lang);
    const t = await waitFor(page, (l) => document.documentElement.lang === l &&
      document.getElementById('summary').lang === l && document.getElementById('headline').textContent, lang,
      { what: `lang ${lang}` }).then(text);
    const headline = nbsp(t.headline);
    for (const [key, row] of [['fees', 'figures.fees'], ['collected', 'figures.collected']]) {
      const m = headline.match(words[lang][key]);
      assert.ok(m, `${lang} ${key}: ${headline}`);
      const delta = Number(t.rows[row].value) - Number(t.rows[row].b);
      assert.equal(m[3] === words[lang].less, delta < 0, `${lang} ${key} direction: ${headline}`);
      // Within half of the last digit shown (the headline's delta is the mean of the
      // per-replication differences, the row's the difference of the means: 1 tiyn apart).
      const a = amount(m, lang);
      assert.ok(Math.abs(a.tiyn - Math.abs(delta)) <= a.half + 1, `${lang} ${key}: ${a.tiyn} against ${delta}`);
      if (key === 'collected') assert.equal(headline.includes(words[lang].falls), delta < 0);
    }
    assert.match(headline, /5–95%/, 'with its interval');
    await shot(`11-headline-${lang}.png`);
  }
});

await step('an idle page draws no frame', async () => {
  await page.mouse.move(5, 5);
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const f0 = (await state()).frames, m0 = await metric();
  await page.waitForTimeout(3000);
  const f1 = (await state()).frames, m1 = await metric();
  const measured = { seconds: 3, frames: f1 - f0, task_seconds: m1.TaskDuration - m0.TaskDuration,
                     script_seconds: m1.ScriptDuration - m0.ScriptDuration };
  writeFileSync(join(artifacts, 'idle.json'), JSON.stringify(measured, null, 2) + '\n');
  console.log(`     idle 3 s: ${measured.frames} frames, main thread busy ${measured.task_seconds.toFixed(3)} s`);
  assert.equal(measured.frames, 0, 'no frame drawn while nothing changes');
  // A hover wakes it.
  const r = (await state()).widgets.run;
  await page.mouse.move((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  await waitFor(page, (f) => window.bailiffTest.state().frames > f, f1, { what: 'a frame after the mouse moved' });
});

await step('an edit shows the exact expectation at once, equal to `bailiff simulate --method exact`', async () => {
  const ms = await editToPreview('/parameters/robot_window/values/0/value', 2);
  assert.equal((await figures()).stale, true, 'the Monte Carlo figures no longer match');
  const t = await text();
  assert.equal(t.method, 'exact');
  assert.equal(t.note, await page.evaluate(() => window.bailiffTest.label('figures.exact')));
  assert.match(t.note, /follow in seconds/, 'says the interval over every draw comes next');
  assert.equal(t.columns[1], "A: Current law (since 20.08.2024), robot's window 2 months");
  const file = join(scratch, 'policy-a-2-months.json');
  writeFileSync(file, await page.evaluate(() => window.bailiffTest.doc('A')));
  // The preview is one exact run at the fitted behaviour (draw 0), whatever Run's replications.
  const ref = JSON.parse(cli(['simulate', '--method', 'exact', '--json', '--policy', file, '--cases', String(CASES),
                              '--replications', '1', '--seed', String(SEED)]));
  assertRowsEqual(t, ref);
  const s = await state();
  console.log(`     edit to exact preview (${CASES} cases, one exact run): ${ms.toFixed(0)} ms ` +
              `in the page, of which the exact comparison ${s.preview_ms.toFixed(0)} ms`);
  await shot('12-exact-preview.png');
  await page.evaluate(() => window.bailiffTest.run());
  await waitRun(++runs, 'edited run');
  const after = await figures();
  assert.equal(after.stale, false);
  const t2 = await text();
  assert.equal(t2.note, '');
  assert.equal(t2.method, 'monte_carlo', 'Run replaces the preview');
  assert.equal(t2.columns[1], "A: Current law (since 20.08.2024), robot's window 2 months");
  assert.equal(t2.columns[2], 'B: Before the robot');
  assert.equal(t2.columnTitles[1], 'kz-2024-08-20 {"/parameters/robot_window/values/0/value":2}', 'the ids on hover');
  assert.equal(t2.columnTitles[2], 'kz-pre-robot');
  assert.match(after.headline, /^Under Current law \(since 20\.08\.2024\), robot's window 2 months against Before the robot: /);
  history.push([(await state()).hash, after.report]);
});

await step('60 days entered in the robot\'s window give 60 days', async () => {
  assert.equal(await page.evaluate(() => window.bailiffTest.setParam('A', '/parameters/robot_window/unit', 'calendar_days')), '');
  assert.equal(await page.evaluate(() => window.bailiffTest.setParam('A', '/parameters/robot_window/values/0/value', 60)), '');
  await page.evaluate(() => window.bailiffTest.run());
  await waitRun(++runs, '60-day run');
  const got = await figures();
  assert.match(got.headline, /^Under Current law \(since 20\.08\.2024\), robot's window 60 days against/);
  const file = join(scratch, 'policy-a-60-days.json');
  const doc = await page.evaluate(() => window.bailiffTest.doc('A'));
  assert.equal(JSON.parse(doc).parameters.robot_window.unit, 'calendar_days');
  writeFileSync(file, doc);
  const ref = JSON.parse(cli(['simulate', '--method', 'mc', '--json', '--policy', file, '--cases', String(CASES),
                              '--replications', String(REPS), '--seed', String(SEED)]));
  assert.equal(got.report.audit_root, ref.audit_root);
  assert.equal(got.report.fees_paid_tenge, ref.fees_paid_tenge);
  assert.equal(got.report.collected_tenge, ref.collected_tenge);
  // Not 60 months: the 2-month run differs.
  assert.notEqual(got.report.audit_root, history[1][1].audit_root);
  history.push([(await state()).hash, got.report]);
  await shot('13-sixty-days.png');
});

await step('Back restores the previous scenario, Forward the next', async () => {
  await page.goBack();
  await waitRun(++runs, 'run after Back');
  let s = await state();
  assert.equal(s.hash, history[1][0]);
  assert.deepEqual((await figures()).report, history[1][1]);
  await page.goForward();
  await waitRun(++runs, 'run after Forward');
  s = await state();
  assert.equal(s.hash, history[2][0]);
  assert.equal((await figures()).report.audit_root, history[2][1].audit_root);
});

await step('Tab reaches Run and Enter runs it', async () => {
  const title = (await state()).widgets['scenario.title'];
  await page.mouse.click(title[2] + 40, (title[1] + title[3]) / 2);  // the left panel, off any widget
  // A key held as a person holds it (~0.1 s): ImGui 1.86 reads keys once per frame, so a
  // press and release between two frames would not be seen.
  const press = async (key) => {
    await page.keyboard.down(key);
    await page.waitForTimeout(100);
    await page.keyboard.up(key);
    await page.waitForTimeout(100);
  };
  let focused = false;
  for (let i = 0; i < 20 && !focused; ++i) {
    await press('Tab');
    const s = await state();
    focused = s.focused === 'run' && s.focus.ring;
  }
  assert.ok(focused, 'Run has the keyboard focus, with its ring');
  await shot('14-run-focused.png');
  const before = (await state()).generation;
  await press('Enter');
  await waitRun(before + 1, 'run by Enter');
  assert.equal((await state()).generation, before + 1, 'one run per Enter');
  runs = (await state()).generation;
});

await step('hovering the cumulative chart reads out the day under the mouse', async () => {
  const r = (await state()).widgets['png.cumulative'];
  const x = r[0] - 300, y = r[3] + 60;  // inside the plot, left of its PNG button
  await page.mouse.move(x, y);
  const readout = await waitFor(page, () => window.bailiffTest.state().widgets['cumulative.readout'], null,
                                { what: 'the readout' });
  assert.ok(Math.abs(readout[0] - x) < 2, `the line at the mouse (${readout[0]} against ${x})`);
  assert.ok(readout[2] > 0, `a day since entry into force (${readout[2]})`);
  await shot('17-chart-readout.png');
  await page.mouse.move(5, 5);
});

// Move the mouse into the plot, \p below px under the PNG button \p png of a chart, and wait
// for the readout \p name: the element under the mouse, its rectangle holding the mouse.
async function hoverReadout(png, name, below = 70) {
  const x = png[0] - 120, y = png[3] + below;
  await page.mouse.move(x, y);
  const r = await waitFor(page, (n) => window.bailiffTest.state().widgets[`readout.${n}`], name,
                          { what: `the ${name} readout` });
  assert.ok(r[0] <= x && x <= r[2] && r[1] <= y && y <= r[3], `${name}: the readout's element under the mouse`);
}

await step('every chart reads out what is under the mouse: stages, savings', async () => {
  const w = (await state()).widgets;
  await hoverReadout(w['png.stages'], 'stages');
  await hoverReadout(w['png.savings'], 'savings');
  await shot('18-readout-stages-savings.png');
  await page.mouse.move(5, 5);
});

await step('the charts: term markers, bar values, collection and fees by region, who pays the fees', async () => {
  const keys = ['chart.regions.title', 'chart.region_fees.title', 'chart.segment_fees.title'];
  const words = {};
  for (const lang of ['ru', 'kk', 'en']) {
    await page.evaluate((l) => window.bailiffTest.set('lang', l), lang);
    words[lang] = await page.evaluate((k) => k.map((key) => window.bailiffTest.label(key)), keys);
    words[lang].forEach((w, i) => assert.notEqual(w, keys[i], `${lang} ${keys[i]} in the message table`));
  }
  assert.notDeepEqual(words.ru, words.en);
  assert.notDeepEqual(words.kk, words.en);
  assert.equal(await page.evaluate(() => window.bailiffTest.set('lang', 'en')), '');
  // The cumulative chart marks where A's terms end, from the engine's steps: in order of the
  // stages, each later than the one before.
  const terms = await page.evaluate(() => window.bailiffTest.terms());
  assert.deepEqual(terms.map((t) => t.stage), ['discount', 'voluntary', 'overdue', 'robot']);
  terms.slice(1).forEach((t, i) => assert.ok(t.day > terms[i].day, `${t.stage} after ${terms[i].stage}`));
  console.log(`     term markers (days since entry into force): ${terms.map((t) => `${t.stage} ${t.day}`).join(', ')}`);
  // Below the first charts: scroll the page down over the charts until the three are drawn.
  const cumulative = (await state()).widgets['png.cumulative'];
  await page.mouse.move(cumulative[0] - 300, cumulative[3] + 120);
  const height = await page.evaluate(() => document.querySelector('canvas').clientHeight);
  const shown = await (async () => {
    for (let i = 0; i < 30; ++i) {
      const w = (await state()).widgets;
      // Each chart's PNG button drawn inside the canvas (a clipped one has no height).
      const drawn = (k) => w[k] && w[k][3] > w[k][1] && w[k][1] >= 0 && w[k][3] < height;
      if (drawn('png.regions') && drawn('png.segment_fees')) return w;
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(150);
    }
    return null;
  })();
  assert.ok(shown, 'the region and segment charts are drawn, each with its PNG button');
  await shot('18-breakdown-charts.png');
  // Hover readouts on the breakdown charts: over a group, its A and B in full.
  for (const [png, name] of [['png.regions', 'regions'], ['png.segment_fees', 'segment_fees']]) {
    await hoverReadout(shown[png], name, 30);  // the first group: the chart may run past the canvas
  }
  await page.mouse.wheel(0, -6000);
  await page.waitForTimeout(300);
  await page.mouse.move(5, 5);
});

await step('a chart downloads as a PNG of what is drawn', async () => {
  const r = (await state()).widgets['png.cumulative'];
  assert.ok(r, 'a PNG button on the cumulative chart');
  const download = page.waitForEvent('download', { timeout: 15000 });
  await page.mouse.click((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  const d = await download;
  assert.equal(d.suggestedFilename(), 'bailiff-chart-cumulative.png');
  const out = join(artifacts, 'bailiff-chart-cumulative.png');
  await d.saveAs(out);
  const bytes = readFileSync(out);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
  assert.ok(width > 300 && height > 100, `${width}x${height}`);
  assert.ok(bytes.length > 4000, `a drawn chart, not a blank image (${bytes.length} bytes)`);
});

// The brief in the page (#brief): its headline, figures, column heads, audit roots, chart
// images and the lengths of its lists, once its images are decoded.
const brief = () => page.evaluate(() => {
  const b = document.getElementById('brief');
  const all = (selector) => [...b.querySelectorAll(selector)];
  return {
    ready: b.dataset.ready === '1',
    lang: b.lang,
    headline: document.getElementById('brief-headline').textContent,
    subtitle: document.getElementById('brief-subtitle').textContent,
    text: b.textContent,
    note: document.getElementById('brief-note') ? document.getElementById('brief-note').textContent : '',
    columns: all('#brief-figures thead th').map((th) => th.textContent),
    official: document.getElementById('brief-official') ? document.getElementById('brief-official').dataset.value : undefined,
    rows: Object.fromEntries(all('#brief-figures tbody tr').map((tr) => [tr.dataset.key, {
      cells: [...tr.cells].map((c) => c.textContent), value: tr.dataset.value, b: tr.dataset.b }])),
    roots: all('#brief-roots dd').map((dd) => dd.textContent),
    charts: all('#brief-charts img').map((img) => ({ name: img.className, url: img.src.slice(0, 22),
                                                     width: img.naturalWidth, height: img.naturalHeight })),
    assumptions: all('#brief-assumptions li').map((li) => li.textContent),
    legal: all('#brief-legal li').map((li) => li.textContent),
    published: all('#brief-published li').length,
  };
});
// The brief printed to PDF (A4, the print stylesheet): its number of pages. The PDF and an
// image of the print layout go to tests/artifacts/web/: the brief with the page's stylesheet in
// a page of its own, print media at A4's width less the margins (192 mm), since the app's
// page in print media would hide the canvas under the running module.
async function printBrief(lang) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  writeFileSync(join(artifacts, `brief-${lang}.pdf`), pdf);
  const html = await page.evaluate(() => '<!doctype html><html><head><meta charset="utf-8"><style>' +
    document.querySelector('style').textContent + '</style></head><body>' +
    document.getElementById('brief').outerHTML + '</body></html>');
  const sheet = await browser.context.newPage();
  await sheet.setViewportSize({ width: 726, height: 1054 });
  await sheet.emulateMedia({ media: 'print' });
  await sheet.setContent(html);
  await sheet.screenshot({ path: join(artifacts, `brief-${lang}.png`), fullPage: true });
  await sheet.close();
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
}

await step('the Brief button prints one A4 page of the last run: headline, figures, charts, roots (ru, kk, en)', async () => {
  await page.evaluate(() => { window.bailiffPrints = 0; window.print = () => { window.bailiffPrints += 1; }; });
  const r = (await state()).widgets.brief;
  assert.ok(r, 'a Brief button in the menu bar');
  await page.mouse.click((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  await waitFor(page, () => document.getElementById('brief').dataset.ready === '1' && window.bailiffPrints === 1,
                null, { what: 'the brief shown and the print dialog opened' });
  const run = await figures();
  assert.equal(run.stale, false);
  const b = await brief();
  const t = await text();
  assert.equal(b.lang, 'en');
  assert.equal(b.note, '');
  assert.equal(b.headline, run.headline);
  assert.equal(b.headline, t.headline, "the page's headline");
  assert.deepEqual(b.columns, t.columns);
  assertRowsEqual(b, run.report);
  for (const key of Object.keys(t.rows)) assert.deepEqual(b.rows[key], t.rows[key], key);
  assert.deepEqual(b.roots, [run.report.audit_root, run.report.baseline_audit_root]);
  assert.deepEqual(b.charts.map((c) => c.name), ['brief-chart-cumulative', 'brief-chart-stages', 'brief-chart-savings']);
  for (const c of b.charts) {
    assert.equal(c.url, 'data:image/png;base64,');
    assert.ok(c.width > 250 && c.height > 120, `${c.name}: ${c.width}x${c.height}`);
  }
  assert.ok(b.assumptions.includes(`Seed ${SEED}; ${REPS} replications`), b.assumptions.join('\n'));
  // Dated, said to be a model's estimate, with the page's scope line (which fines, which
  // period, how computed); no file path anywhere in it.
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  assert.ok(b.subtitle.startsWith(`${today} — a model estimate, not a measurement. A sample of 200,000 fines`), b.subtitle);
  assert.match(b.subtitle, /Monte Carlo: each case of the sample simulated \(3 replications/);
  assert.doesNotMatch(b.text, /embedded:|\.json\b|data\/|docs\//, 'a file path in the brief');
  assert.ok(b.assumptions.some((a) => a.startsWith("Policy A: Current law (since 20.08.2024), robot's window 60 days")), b.assumptions[0]);
  // The legal bases: each policy parameter's `basis` in the page's language, once each (in
  // the parameters' order; compared as sets, the test's documents being sorted by key).
  const bases = (lang) => [...new Set(['A', 'B'].flatMap((w) => Object.values(docs[w].parameters).map((p) => p.basis[lang])))].sort();
  const docs = Object.fromEntries(await Promise.all(['A', 'B'].map(async (w) =>
    [w, JSON.parse(await page.evaluate((x) => window.bailiffTest.doc(x), w))])));
  assert.deepEqual([...b.legal].sort(), bases('en'));
  assert.equal(new Set(b.legal).size, b.legal.length, 'each basis once');
  assert.ok(b.legal.includes('Code of Administrative Offences (КоАП РК), art. 810'), b.legal.join('\n'));
  assert.ok(b.published >= 5, `${b.published} published sources`);
  const pages = await printBrief('en');
  console.log(`     brief: ${b.assumptions.length} assumptions, ${b.legal.length} legal bases and ${b.published} published sources, ` +
              `${pages} A4 page(s)`);
  assert.equal(pages, 1, 'one A4 page');
  for (const lang of ['ru', 'kk']) {
    await page.evaluate((l) => { window.bailiffTest.set('lang', l); window.bailiffTest.brief(); }, lang);
    await waitFor(page, (l) => { const e = document.getElementById('brief'); return e.lang === l && e.dataset.ready === '1'; },
                  lang, { what: `the brief in ${lang}` });
    const w = await brief();
    assert.equal(w.headline, (await figures()).headline);
    assert.deepEqual(w.roots, b.roots);
    for (const key of Object.keys(b.rows)) assert.equal(w.rows[key].value, b.rows[key].value, key);
    assert.notEqual(w.assumptions[2], b.assumptions[2], `${lang} words`);
    assert.ok(w.subtitle.includes({ ru: ' — модельная оценка, не измерение. ', kk: ' — модельдік бағалау, өлшем емес. ' }[lang]), w.subtitle);
    assert.doesNotMatch(w.text, /embedded:|\.json\b|data\/|docs\//, `a file path in the ${lang} brief`);
    assert.deepEqual([...w.legal].sort(), bases(lang), `${lang} legal bases`);
    assert.equal(await printBrief(lang), 1, `one A4 page in ${lang}`);
  }
  assert.equal(await page.evaluate(() => window.bailiffPrints), 1, 'the test hook does not print');
  assert.equal(await page.evaluate(() => window.bailiffTest.set('lang', 'en')), '');
});

await step('named scenarios side by side: two saved with their own runs\' figures, back from the URL', async () => {
  const first = await figures();
  assert.equal(await page.evaluate(() => window.bailiffTest.save('')), '');
  assert.equal(await page.evaluate(() => window.bailiffTest.setParam('A', '/parameters/robot_window/values/0/value', 90)), '');
  await page.evaluate(() => window.bailiffTest.run());
  await waitRun(++runs, '90-day run');
  const second = await figures();
  assert.equal(await page.evaluate(() => window.bailiffTest.save('ninety days')), '');
  const saved = await page.evaluate(() => window.bailiffTest.saved());
  assert.deepEqual(saved.map((x) => x.name), ["Current law (since 20.08.2024), robot's window 60 days", 'ninety days']);
  assert.deepEqual(saved[0].summary, first.summary);
  assert.deepEqual(saved[1].summary, second.summary);
  assert.notDeepEqual(saved[0].summary, saved[1].summary);
  const hash = (await state()).hash;
  assert.match(hash, /&s1=[^&]+&k1=[^&]+&s2=ninety%20days&k2=[^&]+$/);
  // The table, on its own tab: clicked as a person clicks (a tab takes a press only on the
  // frame after it was hovered).
  const clickTab = async (name) => {
    const r = (await state()).widgets[name];
    await page.mouse.move((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
    await page.waitForTimeout(200);
    await page.mouse.down();
    await page.waitForTimeout(100);
    await page.mouse.up();
  };
  await clickTab('tab.saved');
  await waitFor(page, () => window.bailiffTest.state().widgets['saved.table'], null, { what: 'the table' });
  await shot('20-saved-scenarios.png');
  // The link names the tab it was taken on.
  const shared = (await state()).hash;
  assert.match(shared, /^lang=en&tab=saved&/);
  // A shared link brings both back, each rerun by Monte Carlo: the same figures, on the tab
  // the link was taken on.
  const other = await browser.context.newPage();
  other.on('pageerror', (e) => consoleErrors.push(String(e)));
  await other.goto(`${url}#${shared}`);
  await waitFor(other, () => window.bailiffTest && window.bailiffTest.ready() &&
    window.bailiffTest.state().widgets['saved.table'], null, { what: 'the saved tab open from the link' });
  const back = await waitFor(other, () => {
    if (!(window.bailiffTest && window.bailiffTest.ready())) return null;
    const kept = window.bailiffTest.saved();
    return kept.length === 2 && kept.every((x) => x.summary) ? kept : null;
  }, null, { timeout: 180000, interval: 250, what: 'the saved scenarios rerun from the link' });
  assert.deepEqual(back.map((x) => [x.name, x.key]), saved.map((x) => [x.name, x.key]));
  assert.deepEqual(back[0].summary, first.summary);
  assert.deepEqual(back[1].summary, second.summary);
  await other.close();
  // Remove one: gone from the table and from the URL.
  await page.evaluate(() => window.bailiffTest.removeSaved(0));
  assert.deepEqual((await page.evaluate(() => window.bailiffTest.saved())).map((x) => x.name), ['ninety days']);
  assert.match((await state()).hash, /&s1=ninety%20days&k1=[^&]+$/);
  await page.evaluate(() => window.bailiffTest.removeSaved(0));
  assert.doesNotMatch((await state()).hash, /&s1=/);
  await clickTab('tab.charts');
  await waitFor(page, () => window.bailiffTest.state().widgets['png.cumulative'], null, { what: 'the charts tab' });
  await page.mouse.move(5, 5);
});

await step('the canvas fills the window at 1024x700 and 1920x1080, at the device pixel ratio', async () => {
  const cdp = await page.context().newCDPSession(page);
  for (const [w, h, ratio] of [[1024, 700, 1], [1920, 1080, 2]]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: w, height: h, deviceScaleFactor: ratio, mobile: false });
    const fit = await waitFor(page, (r) => {
      const canvas = document.getElementById('canvas');
      const c = canvas.getBoundingClientRect();
      const strip = document.getElementById('summary').getBoundingClientRect();
      const ok = window.devicePixelRatio === r && Math.round(c.width) === window.innerWidth &&
                 Math.round(c.height + strip.height) === window.innerHeight &&
                 canvas.width === Math.round(c.width * r) && canvas.height === Math.round(c.height * r);
      return ok ? { css: [c.width, c.height], pixels: [canvas.width, canvas.height], strip: strip.height } : null;
    }, ratio, { what: `canvas at ${w}x${h} x${ratio}` });
    assert.ok(fit.strip > 0, 'the HTML text strip is shown below the canvas');
    // The page lays out in CSS pixels: the answer stays inside the window (at 1024 px the
    // figures do not fit beside the scenario: the page is one column, the answer first).
    const r = (await state()).widgets.headline;
    assert.ok(r[2] <= w && r[3] <= h, `the headline at ${r} inside ${w}x${h}`);
    // A click lands where it is drawn at this ratio: the Kazakh radio switches the language.
    const kk = (await state()).widgets['lang.kk'];
    await page.mouse.click((kk[0] + kk[2]) / 2, (kk[1] + kk[3]) / 2);
    await waitFor(page, () => window.bailiffTest.state().lang === 'kk', null, { what: `click at x${ratio}` });
    await page.waitForTimeout(300);
    // Through the same CDP session: the screenshot at the emulated size and ratio.
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(artifacts, `15-window-${w}x${h}-x${ratio}.png`), Buffer.from(data, 'base64'));
  }
  // Back to the browser's 1280x800 (clearing the override would leave the narrower headless
  // window, a phone's layout, for the steps below).
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
});

await step('the text size enlarges the text and the widgets; the wheel scrolls the page', async () => {
  // A figure (the number of fines under A), at the top in either layout.
  const figure = 'figure.figures.cases.1';
  const before = await waitFor(page, (f) => window.bailiffTest.state().widgets[f], figure, { what: 'the figures' });
  await page.evaluate(() => window.bailiffTest.set('text_size', 1.5));
  const after = await waitFor(page, ([f, h]) => {
    const r = window.bailiffTest.state().widgets[f];
    return r && r[3] - r[1] > h * 1.3 ? r : null;
  }, [figure, before[3] - before[1]], { what: 'larger text' });
  assert.ok(after[2] - after[0] > (before[2] - before[0]) * 1.3, 'the figure is wider too');
  await shot('16-text-150.png');
  // The mouse wheel scrolls the page (one column at this size: the figures no longer fit
  // beside the scenario), then back.
  const headline = (await state()).widgets.headline;
  await page.mouse.move((headline[0] + headline[2]) / 2, headline[3]);
  await page.mouse.wheel(0, 300);
  const moved = await waitFor(page, (y) => {
    const r = window.bailiffTest.state().widgets.headline;
    return !r || r[1] < y - 20 ? (r || 'scrolled out') : null;
  }, headline[1], { what: 'the page scrolled by the wheel' });
  assert.ok(moved);
  await page.mouse.wheel(0, -600);
  await page.evaluate(() => window.bailiffTest.set('text_size', 1));
});

await step('rules in plain translated words: labels and basis from the policy file, the value in force marked, one sentence per step as `bailiff explain`', async () => {
  await page.evaluate(() => window.bailiffTest.set('lang', 'kk'));
  const doc = await page.evaluate(() => window.bailiffTest.doc('A'));
  const file = join(scratch, 'policy-a-explain.json');
  writeFileSync(file, doc);
  const policy = JSON.parse(doc);
  // Every step of every example case: the sentence, the rule and the act and article in
  // Kazakh are those of `bailiff explain --lang kk` on the same policy, and the basis is the
  // policy file's own Kazakh text.
  const ids = JSON.parse(readFileSync(join(repo, 'data/cases/example.json'), 'utf8')).cases.map((c) => c.id);
  for (const id of ids) {
    const shown = await page.evaluate(([w, c]) => window.bailiffTest.explain(w, c), ['A', id]);
    assert.equal(shown.error, undefined, `${id}: ${shown.error}`);
    const ref = JSON.parse(cli(['explain', '--case', id, '--policy', file, '--lang', 'kk', '--json']));
    assert.equal(shown.lang, 'kk');
    assert.deepEqual(shown.steps.map((x) => [x.date, x.rule, x.text, x.basis]),
                     ref.steps.map((x) => [x.date, x.rule, x.text, x.basis]), id);
    assert.equal(shown.outcome, ref.outcome, id);
    for (const x of shown.steps) assert.equal(x.basis, policy.parameters[x.basis_param].basis.kk, `${id} ${x.rule}`);
  }
  // The MRP's dated values: the one in force today is marked, on its own row.
  const today = new Date().toISOString().slice(0, 10);
  const values = policy.parameters.mrp.values;
  const inForce = values.reduce((k, v, i) => (v.from <= today ? i : k), -1);
  // The parameters scrolled back to their top (the text-size step scrolled them down).
  const view = (await state()).widgets['params.view'];
  await page.mouse.move((view[0] + view[2]) / 2, (view[1] + view[3]) / 2);
  await page.mouse.wheel(0, -3000);
  await page.waitForTimeout(300);
  const node = (await state()).widgets['param.A.mrp'];
  assert.ok(node && node[1] >= view[1], 'the MRP in the parameter list, in view');
  await page.mouse.click(node[0] + 8, (node[1] + node[3]) / 2);
  const marker = await waitFor(page, () => window.bailiffTest.state().widgets['in_force.A.mrp'], null,
                               { what: 'the in-force marker' });
  const field = (await state()).widgets[`field.A/parameters/mrp/values/${inForce}/value`];
  assert.ok(field && Math.abs(marker[1] - field[1]) < 4, `the marker on the row of ${values[inForce].from}`);
  await page.mouse.move(field[2] + 40, field[3] + 2);  // off the node: its tooltip would cover the rows
  await page.waitForTimeout(300);
  await shot('19-mrp-in-force-kk.png');
  await page.mouse.click(node[0] + 8, (node[1] + node[3]) / 2);  // closed again
  await page.evaluate(() => window.bailiffTest.set('lang', 'en'));
});

await step('a fresh load answers for the national year by the exact ensemble, with its period, as `bailiff simulate`', async () => {
  const national = await browser.context.newPage();
  national.on('pageerror', (e) => consoleErrors.push(String(e)));
  const nationalText = () => national.evaluate(() => ({
    method: document.getElementById('summary').dataset.method,
    headline: document.getElementById('headline').textContent,
    scope: document.getElementById('scope').textContent,
    rows: Object.fromEntries([...document.querySelectorAll('#key-figures tbody tr')].map((tr) => [tr.dataset.key, {
      cells: [...tr.cells].map((c) => c.textContent), value: tr.dataset.value, b: tr.dataset.b }])),
    official: document.getElementById('official-line').dataset.value,
  }));
  const t0 = Date.now();
  await national.goto(`${url}#lang=en`);  // no scenario in the link: the page's defaults
  await waitFor(national, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  const preview = await waitFor(national, () => document.getElementById('summary').dataset.method === 'exact' &&
    window.bailiffTest.state(), null, { timeout: 120000, what: 'the national preview on load' });
  const previewAt = Date.now() - t0;
  await waitFor(national, () => document.getElementById('summary').dataset.method === 'exact_ensemble' &&
    window.bailiffTest.state().settled, null, { timeout: 300000, interval: 200, what: 'the exact ensemble on load' });
  const ensembleAt = Date.now() - t0;
  const s = await national.evaluate(() => window.bailiffTest.state());
  assert.match(s.hash, /&n=0&seed=20240820&m=exact&r=0(&|$)/, 'the national year by the exact method, every draw');
  const t = await nationalText();
  // The same figures as the main job, `bailiff simulate` with no options.
  const ref = JSON.parse(cli(['simulate', '--json']));
  assertRowsEqual(t, ref);
  const got = JSON.parse(await national.evaluate(() => window.bailiffTest.figures()));
  assert.equal(got.report.audit_root, ref.audit_root);
  assert.equal(got.report.method, 'exact');
  assert.equal(got.report.replications, 200);
  assert.match(t.headline, /5–95%/, 'with its interval over the draws');
  assert.equal(t.scope.split(' Exact')[0], 'All 25,500,000 fines in force in 2025, followed to 31 December 2026.');
  assert.match(t.scope, /\(200 of 200 draws\)/);
  // In Russian the period is said in Russian.
  await national.evaluate(() => window.bailiffTest.set('lang', 'ru'));
  const ru = await waitFor(national, () => document.getElementById('summary').lang === 'ru' &&
    document.getElementById('scope').textContent, null, { what: 'the Russian scope' });
  assert.ok(nbsp(ru).startsWith('Все штрафы, вступившие в силу в 2025 году (25 500 000), прослежены до 31 декабря 2026 г.'), ru);
  await national.evaluate(() => window.bailiffTest.set('lang', 'en'));
  await national.screenshot({ path: join(artifacts, '19-national-exact-ensemble.png') });
  // An edit: the preview at once, then the ensemble by itself (B's 200 runs cached).
  const edit = await national.evaluate(([p, v]) => new Promise((done, fail) => {
    const strip = document.getElementById('summary');
    const t1 = performance.now();
    let previewMs = -1;
    const seen = new MutationObserver(() => {
      if (!strip.textContent.includes(`window ${v} months`)) return;
      if (strip.dataset.method === 'exact' && previewMs < 0) previewMs = performance.now() - t1;
      if (strip.dataset.method !== 'exact_ensemble') return;
      seen.disconnect();
      done({ preview_ms: previewMs, ensemble_ms: performance.now() - t1 });
    });
    seen.observe(strip, { attributes: true, childList: true, subtree: true, characterData: true });
    const error = window.bailiffTest.setParam('A', p, v);
    if (error) fail(new Error(error));
  }), ['/parameters/robot_window/values/0/value', 2]);
  const after = await national.evaluate(() => window.bailiffTest.state());
  assert.equal(after.reused_runs, 200, 'B unchanged: its 200 runs from the cache');
  const measured = { load_to_preview_ms: previewAt, load_to_ensemble_ms: ensembleAt, preview_ms: preview.preview_ms,
                     ensemble_run_ms: s.run_ms, workers: s.workers, edit_to_preview_ms: edit.preview_ms,
                     edit_to_ensemble_ms: edit.ensemble_ms, edit_run_ms: after.run_ms };
  console.log(`     national, exact: load to preview ${previewAt} ms, to the 200-draw ensemble ${ensembleAt} ms ` +
              `(${s.workers} workers, run ${s.run_ms.toFixed(0)} ms); edit to preview ${edit.preview_ms.toFixed(0)} ms, ` +
              `to the ensemble ${edit.ensemble_ms.toFixed(0)} ms`);
  writeFileSync(join(artifacts, 'exact-ensemble.json'), JSON.stringify({ national: measured }, null, 2) + '\n');
  await national.screenshot({ path: join(artifacts, '20-national-edit-ensemble.png') });
  // Monte Carlo is a choice, by the mouse: it starts from a sample, not the whole year.
  // Clicked as a person clicks: moved there, a pause (the page draws a frame per event, and a
  // list that just opened shows on the next), then the button down and up.
  const clickAt = async (r) => {
    const x = (r[0] + r[2]) / 2, y = (r[1] + r[3]) / 2;
    await national.mouse.move(x, y);
    await national.waitForTimeout(100);
    await national.mouse.move(x + 1, y);
    await national.waitForTimeout(100);
    await national.mouse.down();
    await national.waitForTimeout(80);
    await national.mouse.up();
    await national.waitForTimeout(100);
  };
  await clickAt(after.widgets.method);
  await clickAt(await waitFor(national, () => window.bailiffTest.state().widgets['method.mc'], null,
                              { what: 'the Monte Carlo item' }));
  const mc = await waitFor(national, () => {
    const h = window.bailiffTest.state().hash;
    return h.includes('&m=mc') ? h : null;
  }, null, { what: 'Monte Carlo chosen' });
  assert.match(mc, /&n=500000&seed=20240820&m=mc&r=0(&|$)/);
  await national.close();
});

await step('what the page loads, gzip-compressed: app and worker, wasm and js (the embedded font cut to the page\'s characters)', async () => {
  const files = ['app.wasm', 'app.js', 'worker.wasm', 'worker.js'];
  const sizes = Object.fromEntries(files.map((f) => {
    const bytes = readFileSync(join(site, f));
    return [f, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
  }));
  const total = files.reduce((sum, f) => sum + sizes[f].gzip, 0);
  console.log(`     gzip -9: ${files.map((f) => `${f} ${sizes[f].gzip}`).join(', ')}; ` +
              `total ${total} bytes (${(total / 1e6).toFixed(3)} MB; issue 26's target: 1 MB)`);
  writeFileSync(join(artifacts, 'page-weight.json'), JSON.stringify({ files: sizes, total_gzip: total }, null, 2));
  // A guard, not the target: the whole font (683 KB, 335 KB compressed) back in the app would
  // cross it.
  assert.ok(total < 1.1e6, `the page's weight ${total} bytes compressed`);
});

await step('no errors in the console', async () => {
  assert.deepEqual(consoleErrors, []);
});

await browser.close();
server.close();
process.exit(summary());
