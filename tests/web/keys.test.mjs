// Browser test of the keyboard first (issue 27 item 9): on load the canvas has the focus; Tab
// walks every control (the menu bar's exports and Brief, the text size, the language switch,
// the scenario, the parameters, every tab) in the order drawn, each with a visible ring, and
// wraps; Shift+Tab walks back; Space picks a tab and a language; and a reform is made by
// keyboard only (page.keyboard, no mouse): Tab to the robot's window of policy A, open it,
// type a new term, Enter, and the answer (the HTML text's figures and headline) changes. The
// test hook is only read (which widget has the focus), never used to act.
// Screenshots: tests/artifacts/web/keys-*.png.
//
// Usage: node keys.test.mjs [SITE_DIR]   (default: build/wasm/web/site).
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { artifacts, repo, steps } from './harness.mjs';
import { serve } from './serve.mjs';
import { launch, waitFor } from './browser.mjs';

const site = resolve(process.argv[2] || join(repo, 'build/wasm/web/site'));
const { step, summary } = steps();
const { server, url } = await serve(site);
const browser = await launch();
const page = browser.context.pages()[0] || await browser.context.newPage();
const pageErrors = [];
page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
page.on('pageerror', (e) => pageErrors.push(String(e)));

const state = () => page.evaluate(() => window.bailiffTest.state());
const shot = (name) => page.screenshot({ path: join(artifacts, name) });
// A key held as a person holds it (~0.1 s), after its modifiers ('Shift+Tab'): ImGui 1.86
// reads keys once per frame.
async function press(combo) {
  const keys = combo.split('+');
  for (const key of keys) await page.keyboard.down(key);
  await page.waitForTimeout(100);
  for (const key of keys.reverse()) await page.keyboard.up(key);
  await page.waitForTimeout(100);
}
// The focus after one more Tab (or Shift+Tab): the named widget, the ring, its rectangle.
async function tab(key = 'Tab') {
  await press(key);
  return state();
}
// Tab until the widget \p name has the focus (at most \p limit presses).
async function tabTo(name, limit = 80) {
  for (let i = 0; i < limit; ++i) {
    if ((await tab()).focused === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}
const settled = (what) => waitFor(page, () => {
  const s = window.bailiffTest.state();
  return s.settled && document.getElementById('summary').dataset.method === 'exact_ensemble';
}, null, { timeout: 180000, interval: 250, what });
const figures = () => page.evaluate(() => ({
  headline: document.getElementById('headline').textContent,
  rows: Object.fromEntries([...document.querySelectorAll('#key-figures tbody tr')].map((tr) => [tr.dataset.key, tr.dataset.value])),
}));

await step('on load the canvas has the keyboard focus', async () => {
  await page.goto(`${url}#lang=en`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  await settled('the national answer');
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'canvas');
  assert.equal(await page.evaluate(() => document.getElementById('canvas').tabIndex), 0);
});

const walked = [];
await step('Tab reaches every control, each with a visible ring, and wraps', async () => {
  const viewport = page.viewportSize();
  for (let i = 0; i < 120; ++i) {
    const s = await tab();
    if (walked.length && s.focused === walked[0]) break;  // wrapped
    assert.ok(s.focus, `press ${i + 1}: something has the focus`);
    assert.ok(s.focus.ring, `press ${i + 1}: the ring shows (${s.focused})`);
    const [x0, y0, x1, y1] = s.focus.rect;
    assert.ok(x0 >= 0 && y0 >= 0 && x1 <= viewport.width && y1 <= viewport.height,
              `press ${i + 1}: the focus (${s.focused}) is on screen: ${s.focus.rect}`);
    walked.push(s.focused || `#${i}`);
    if (s.focused === 'lang.kk') await shot('keys-ring-language.png');
    if (s.focused === 'tab.explorer') await shot('keys-ring-tab.png');
  }
  console.log(`     ${walked.length} stops: ${walked.filter((w) => !w.startsWith('#')).join(' ')}`);
  for (const name of ['export.json', 'export.csv', 'export.bundle', 'brief', 'text_size', 'lang.ru', 'lang.kk',
                      'lang.en', 'open_csv', 'method', 'run', 'params.a', 'param.A.robot_window', 'tab.charts',
                      'tab.explorer', 'tab.about', 'tab.saved', 'tab.receipt', 'tab.records', 'png.cumulative']) {
    assert.ok(walked.includes(name), `Tab reaches ${name}`);
  }
  // In the order drawn: the menu bar, the scenario, the parameters, the tabs, the tab shown.
  const at = (name) => walked.indexOf(name);
  assert.ok(at('export.json') < at('lang.en') && at('lang.en') < at('run') && at('run') < at('params.a') &&
            at('params.a') < at('tab.charts') && at('tab.records') < at('png.cumulative'), walked.join(' '));
  assert.equal(walked[0], 'export.json', 'the first Tab from a fresh page goes to the first control');
});

await step('Shift+Tab walks back', async () => {
  // The focus is on the first control again (the walk wrapped): back is the last one.
  assert.equal((await tab('Shift+Tab')).focused || '', walked[walked.length - 1].startsWith('#') ? '' : walked[walked.length - 1]);
  assert.equal((await tab()).focused, walked[0]);
});

await step('Space picks a tab and a language', async () => {
  await tabTo('tab.about');
  await press('Space');
  await waitFor(page, () => window.bailiffTest.state().hash.includes('tab=about'), null, { what: 'the about tab' });
  await tabTo('lang.ru');
  await press('Space');
  await waitFor(page, () => document.documentElement.lang === 'ru', null, { what: 'Russian' });
  await shot('keys-russian.png');
  await tabTo('lang.en');
  await press('Space');
  await waitFor(page, () => document.documentElement.lang === 'en', null, { what: 'English' });
  await tabTo('tab.charts');
  await press('Space');
  await waitFor(page, () => !window.bailiffTest.state().hash.includes('tab='), null, { what: 'the charts tab' });
});

await step('a reform by keyboard only: the robot\'s window of A edited, Enter, the answer changes', async () => {
  const before = await figures();
  const field = 'field.A/parameters/robot_window/values/0/value';
  const old = JSON.parse(await page.evaluate(() => window.bailiffTest.doc('A'))).parameters.robot_window.values[0].value;
  const term = old + 2;
  await tabTo('param.A.robot_window');
  await press('Space');  // opens the parameter
  await tabTo(field);    // tabbing into a field starts typing in it
  await press('End');
  for (let i = 0; i < 4; ++i) await press('Backspace');
  await page.keyboard.type(String(term), { delay: 60 });
  await shot('keys-typing.png');
  await press('Enter');  // applies the edit and runs
  await waitFor(page, (t) => document.getElementById('headline').textContent.includes(`robot's window ${t} months`), term,
                { timeout: 60000, what: 'the edited policy named in the headline' });
  await settled('the reform\'s answer');
  const after = await figures();
  const doc = JSON.parse(await page.evaluate(() => window.bailiffTest.doc('A')));
  assert.equal(doc.parameters.robot_window.values[0].value, term, 'the term typed is in policy A');
  assert.notEqual(after.headline, before.headline);
  // The reform question: B is current law unchanged, so the answer is the reform's effect.
  assert.match(after.headline, new RegExp(`^Under Current law \\(since 20\\.08\\.2024\\), robot's window ${term} months against Current law`));
  const changed = Object.keys(after.rows).filter((k) => after.rows[k] !== before.rows[k]);
  assert.ok(changed.includes('figures.fees') && changed.includes('figures.collected'), `the figures change: ${changed}`);
  await shot('keys-reform.png');
  console.log(`     ${after.headline.slice(0, 140)}`);
});

await step('no page error', async () => {
  assert.deepEqual(pageErrors, []);
  assert.equal((await state()).guard_failures, 0);
});

await browser.close();
server.close();
process.exit(summary());
