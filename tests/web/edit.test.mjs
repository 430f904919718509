// Browser test: every parameter of policy A edited through its own widget, as a person edits it
// (issue 27, item 1), in ru, kk and en. For each parameter of the policy tree: a click on its
// node opens it; each dated value is edited in its widget (an integer field: a click on the
// field, the new value typed, Enter, which applies it and runs; a checkbox: a click; a choice
// or a term's unit: a click on the list, a click on another entry); the fee schedule's mode,
// cap and every bracket's rate likewise; then "Reset edits" and the node closed. After each
// edit the edited value is in the document the page runs on, and the exact figures of the
// edited inputs (the preview each edit shows at once) changed, unless the value cannot reach
// the fines of the population, for a reason the test states and derives from the data (a
// dated value superseded before the fines enter into force or in force after they are followed;
// a fee bracket above the largest fine; amounts in whole tiyn whatever the rounding). The test
// hook only reads widget rectangles and state: every edit is made with the mouse and the
// keyboard. No page error, no console error, no part of the page failing (the guards of
// web/src/guard.hpp), no error box. Then: the first edit of A set B to current law unchanged
// (named in words, its id on hover); "What the robot changed" is one click; one savings answer
// (B's fees less A's) and the Ministry's formula on its own line. Screenshots:
// tests/artifacts/web/edit-*.png; which edits moved which figures:
// tests/artifacts/web/edit-every-parameter.json.
//
// Usage: node edit.test.mjs [SITE_DIR] [LANGS]   (default build/wasm/web/site, "ru,kk,en"; "-": none)
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { artifacts, repo, steps } from './harness.mjs';
import { serve } from './serve.mjs';
import { launch, waitFor } from './browser.mjs';

const site = resolve(process.argv[2] || join(repo, 'build/wasm/web/site'));
const langs = (process.argv[3] || 'ru,kk,en').split(',').filter((l) => l !== '-');  // '-': none
// A small sample and one replication: each edit ends in a run of a few hundred milliseconds.
const CASES = 5000, SEED = 20240820;
// Fines of the sample enter into force in 2025 and are followed to 31.12.2026.
const PERIOD_START = '2025-01-01';
const HORIZON = '2026-12-31';

const { step, summary } = steps();
const { server, url } = await serve(site);
const browser = await launch();
const page = browser.context.pages()[0] || await browser.context.newPage();
await page.setViewportSize({ width: 1366, height: 900 });
const pageErrors = [];
page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
page.on('pageerror', (e) => pageErrors.push(String(e)));

const state = () => page.evaluate(() => window.bailiffTest.state());
const docA = async () => JSON.parse(await page.evaluate(() => window.bailiffTest.doc('A')));
const at = (doc, pointer) => pointer.split('/').slice(1).reduce((v, k) => v[k], doc);
// The exact expectation of the current inputs (the preview every edit shows at once, before
// its run): a change of any parameter that reaches any fine of the population moves it, where
// a run of a small sample may not draw the fine it reaches.
const rows = async () => {
  const p = await waitFor(page, () => window.bailiffTest.preview(), null, { what: 'the exact preview of the inputs' });
  return Object.fromEntries(p.rows.map((r) => [r.key, String(r.value)]));
};
const columnA = () => page.evaluate(() => {
  const th = document.querySelectorAll('#key-figures thead th')[1];
  return th ? th.textContent : '';
});
const pause = (ms) => page.waitForTimeout(ms);

/** The page settled: figures of the current inputs, nothing running. */
const settled = (what) => waitFor(page, () => {
  const s = window.bailiffTest.state();
  return s.settled && document.getElementById('summary').dataset.method === 'monte_carlo' ? s : null;
}, null, { timeout: 60000, interval: 100, what });

/** Bring widget \p name into the parameters' visible area (the wheel over the panel) and
 *  return its rectangle. */
async function reveal(name) {
  for (let i = 0; i < 40; ++i) {
    const w = (await state()).widgets;
    const r = w[name], view = w['params.view'];
    assert.ok(r, `widget ${name} is drawn`);
    if (!view || (r[1] >= view[1] + 2 && r[3] <= view[3] - 2)) return r;
    await page.mouse.move((view[0] + view[2]) / 2, (view[1] + view[3]) / 2);
    await page.mouse.wheel(0, r[1] < view[1] ? -60 : 60);
    await pause(120);
  }
  throw new Error(`cannot scroll ${name} into view`);
}

/** A click as a person clicks: the mouse moves there (and a pixel on: the page draws a frame
 *  per event, and a list that just opened shows on the next), then the button goes down and up. */
async function clickAt(r) {
  const x = (r[0] + r[2]) / 2, y = (r[1] + r[3]) / 2;
  await page.mouse.move(x, y);
  await pause(100);
  await page.mouse.move(x + 1, y);
  await pause(100);
  await page.mouse.down();
  await pause(80);
  await page.mouse.up();
  await pause(100);
}
const click = async (name) => clickAt(await reveal(name));

/** A key held as a person holds it (ImGui 1.86 reads keys once per frame). */
async function press(key) {
  await page.keyboard.down(key);
  await pause(100);
  await page.keyboard.up(key);
  await pause(100);
}

/** An integer field: click, type \p value over the selected text, Enter (applies and runs). */
async function typeInto(name, value) {
  await click(name);
  await waitFor(page, (n) => !!window.bailiffTest.state().widgets[n], name, { what: `${name} after the click` });
  await page.keyboard.type(String(value), { delay: 40 });
  await press('Enter');
}

/** A list: click it, then the entry \p option once the list is open; \p applied tells whether
 *  the choice reached the document. A list that closed before the entry was clicked (the
 *  headless browser can merge the events of two frames) is opened again, as a person would:
 *  at most three times, each retry counted. */
let retries = 0;
async function choose(name, option, applied) {
  for (let attempt = 0; ; ++attempt) {
    await click(name);
    const r = await waitFor(page, (o) => window.bailiffTest.state().widgets[`option.${o}`], option,
                            { what: `the entry ${option} of ${name}` });
    await clickAt(r);
    if (attempt === 2) return;
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      if (await applied()) return;
      await pause(100);
    }
    ++retries;
    await page.keyboard.press('Escape');  // whatever is still open
    await pause(150);
  }
}

async function clickRun() {
  const r = (await state()).widgets.run;
  assert.ok(r, 'the Run button is drawn');
  await clickAt(r);
}

const TERM_UNITS = ['calendar_days', 'working_days', 'calendar_months'];
const CHOICES = { mrp_reference_date: ['action_date', 'entry_into_force'], rounding: ['half_up', 'down', 'up'],
                  mode: ['whole', 'marginal'] };
const other = (options, current) => options.find((o) => o !== current);
/** A new integer for a field: a change that stays valid (basis points at most 10000) and is
 *  large enough to reach a fine: the MRP doubled and more (20 MRP of the new MRP then cover the
 *  largest fines, so the simplified limit lets them in), the limit past the largest fine. */
function newInteger(name, field, current) {
  if (field === 'rate_bp' || name === 'discount_rate') return Math.max(1, Math.round(current / 2));
  if (field === 'cap_mrp') return 5;
  if (name === 'robot_window') return current + 1;
  if (name === 'mrp') return Math.round(current * 2.2);
  if (name === 'simplified_max_debt') return current + 25;
  return current === 0 ? 10 : Math.round(current * 1.5);
}

// The fines of the national population are whole multiples of the MRP, at most this many.
const population = JSON.parse(readFileSync(join(repo, 'data/populations/national.json'), 'utf8'));
const LARGEST = Math.max(...population.offences.map((o) => o.mrp));

/** The edits of parameter \p name of policy \p doc, each {pointer, widget, kind, value, why}:
 *  why names the reason a value cannot move the figures (null: it must). */
function editsOf(doc, name) {
  const p = doc.parameters[name];
  const out = [];
  // Why an edit cannot move the figures of these fines (null: it must move them).
  const mrp = doc.parameters.mrp.values;
  const mrpAt = (day) => mrp.filter((v) => v.from <= day).pop().value;
  // The reference date matters for a fine between the simplified limit in tenge at entry into
  // force (2025) and at the action (2026): none when the fines' MRP multiples skip that band.
  const limit = doc.parameters.simplified_max_debt.values.at(-1).value;
  const [low, high] = [limit * mrpAt('2025-12-31'), limit * mrpAt('2026-12-31')].sort((x, y) => x - y);
  const between = population.offences.some((o) => ['2024-12-31', '2025-12-31'].some((day) => {
    const tenge = o.mrp * mrpAt(day);
    return tenge > low && tenge <= high;
  }));
  const inert = {
    mrp_reference_date: between ? null : `no fine lies between the limit at entry into force (${low} ₸) and at the action (${high} ₸)`,
    rounding: 'every amount is a whole MRP in tenge: its discounts and fee rates come out in whole tiyn',
    payment_lifts_measures: 'a recorded decision (measures lifted), not a sum or a count of the figures',
  };
  p.values.forEach((v, i) => {
    const pointer = `/parameters/${name}/values/${i}/value`;
    const next = p.values[i + 1];
    const superseded = next && next.from <= PERIOD_START ? `in force only before ${next.from}`
      : v.from > HORIZON ? `in force from ${v.from}, after the fines are followed (to ${HORIZON})` : inert[name] || null;
    const value = v.value;
    if (typeof value === 'boolean') {
      out.push({ pointer, widget: `check.A${pointer}`, kind: 'click', value: !value, why: superseded });
    } else if (typeof value === 'string') {
      out.push({ pointer, widget: `combo.A${pointer}`, kind: 'choose', value: other(CHOICES[name], value), why: superseded });
    } else if (typeof value === 'number') {
      out.push({ pointer, widget: `field.A${pointer}`, kind: 'type', value: newInteger(name, null, value), why: superseded });
    } else {  // the fee schedule
      const first = value.brackets[0].up_to_mrp;
      out.push({ pointer: `${pointer}/mode`, widget: `combo.A${pointer}/mode`, kind: 'choose',
                 value: other(CHOICES.mode, value.mode),
                 why: superseded || (first >= LARGEST ? `one bracket up to ${first} MRP holds every fine (at most ${LARGEST} MRP)` : null) });
      out.push({ pointer: `${pointer}/cap_mrp`, widget: `field.A${pointer}/cap_mrp`, kind: 'type',
                 value: newInteger(name, 'cap_mrp', value.cap_mrp), why: superseded });
      value.brackets.forEach((b, k) => {
        const from = k === 0 ? 0 : value.brackets[k - 1].up_to_mrp;
        out.push({ pointer: `${pointer}/brackets/${k}/rate_bp`, widget: `field.A${pointer}/brackets/${k}/rate_bp`,
                   kind: 'type', value: newInteger(name, 'rate_bp', b.rate_bp),
                   why: superseded || (from >= LARGEST ? `a bracket from ${from} MRP, above every fine (at most ${LARGEST} MRP)` : null) });
      });
    }
  });
  if (TERM_UNITS.includes(p.unit)) {
    out.push({ pointer: `/parameters/${name}/unit`, widget: `unit.A/${name}/0`, kind: 'choose',
               value: other(TERM_UNITS, p.unit), why: null });
  }
  return out;
}

/** Make edit \p e through its widget; wait for the figures of the edited inputs. */
async function edit(e) {
  const before = (await state()).generation;
  if (e.kind === 'type') await typeInto(e.widget, e.value);  // Enter runs
  if (e.kind === 'click') await click(e.widget);
  const inPage = ([p, v]) => {
    const d = JSON.parse(window.bailiffTest.doc('A'));
    return JSON.stringify(p.split('/').slice(1).reduce((x, k) => x[k], d)) === JSON.stringify(v);
  };
  const applied = () => page.evaluate(inPage, [e.pointer, e.value]);
  if (e.kind === 'choose') await choose(e.widget, e.value, applied);
  await waitFor(page, inPage, [e.pointer, e.value], { timeout: 10000, what: `${e.pointer} = ${JSON.stringify(e.value)} in the document` });
  if (e.kind === 'type') {  // Enter ran it: the run's figures
    await waitFor(page, (g) => window.bailiffTest.state().generation > g, before, { what: `a run after ${e.pointer}` });
    return settled(`the figures after ${e.pointer}`);
  }
  // A click shows the exact expectation of the edited inputs at once.
  await waitFor(page, () => window.bailiffTest.preview() && document.getElementById('summary').dataset.method === 'exact',
                null, { what: `the exact figures after ${e.pointer}` });
  return state();
}

const report = {};
const failed = () => pageErrors.length > 0;

for (const lang of langs) {
  await step(`${lang}: every parameter of policy A edited through its widget, figures move, no page error`, async () => {
    await page.goto(`${url}#lang=${lang}&n=${CASES}&r=1&seed=${SEED}`);
    await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
    await settled('the first run');
    const shipped = await docA();
    const names = Object.keys(shipped.parameters);
    const label = await page.evaluate(() => window.bailiffTest.label('params.a'));
    const done = report[lang] = [];
    for (const name of names) {
      await click(`param.A.${name}`);  // open the node
      await waitFor(page, (n) => Object.keys(window.bailiffTest.state().widgets).some((k) => k.includes(`/parameters/${n}/`)),
                    name, { what: `the widgets of ${name}` });
      let figures = await rows();
      for (const e of editsOf(shipped, name)) {
        const columnBefore = await columnA();
        await waitFor(page, () => !window.bailiffTest.state().busy, null, { what: 'the page idle' });
        const s = await edit(e).catch(async (error) => {
          await page.screenshot({ path: join(artifacts, `edit-failed-${lang}.png`) });
          throw error;
        });
        assert.equal(s.error, '', `${lang} ${e.pointer}: the page's error box`);
        assert.equal(s.guard_failures, 0, `${lang} ${e.pointer}: a part of the page failed`);
        assert.ok(!failed(), `${lang} ${e.pointer}: ${pageErrors.join('\n')}`);
        const now = await rows();
        const moved = Object.keys(now).filter((k) => now[k] !== figures[k]);
        const column = await columnA();
        done.push({ pointer: e.pointer, widget: e.widget, value: e.value, moved, why_not: e.why, column });

        // The A column names the edited policy (not the shipped one): its heading changed.
        assert.notEqual(column, columnBefore, `${lang} ${e.pointer}: the A column names the edit`);
        figures = now;
      }
      if (name === 'robot_window') {
        await page.mouse.move(5, 5);
        await pause(200);
        await page.screenshot({ path: join(artifacts, `edit-robot-window-${lang}.png`) });
      }
      await click(`reset.A`);  // back to the shipped policy for the next parameter
      await waitFor(page, () => !window.bailiffTest.state().widgets['reset.A'], null, { what: 'the edits reset' });
      await click(`param.A.${name}`);  // closed again
    }
    // A count in words takes the language's plural form: the robot's window of 2 months.
    const window = done.find((d) => d.pointer === '/parameters/robot_window/values/0/value');
    assert.ok(window.column.includes({ ru: '2 месяца', kk: '2 ай', en: '2 months' }[lang]), window.column);
    // The first edit of A asked the reform question: B is A's file unchanged, named in words.
    const current = await page.evaluate(() => window.bailiffTest.label('policy.name.kz-2024-08-20'));
    const heads = await page.evaluate(() => [...document.querySelectorAll('#key-figures thead th')].map((th) => [th.textContent, th.title]));
    assert.deepEqual(heads[2], [`B: ${current}`, 'kz-2024-08-20'], 'B = current law unchanged, its id on hover');
    assert.doesNotMatch(await page.evaluate(() => document.getElementById('headline').textContent), /kz-/, 'no id in the headline');
    const count = done.length, moved = done.filter((d) => d.moved.length > 0).length;
    console.log(`     ${lang}: ${names.length} parameters, ${count} edits through their widgets ` +
                `(${moved} moved the exact figures; "${label}"; lists opened again: ${retries})`);
    for (const d of done.filter((x) => x.moved.length === 0)) console.log(`       unchanged: ${d.pointer} = ${JSON.stringify(d.value)} (${d.why_not})`);
    assert.equal(new Set(done.map((d) => d.pointer.split('/')[2])).size, names.length, 'every parameter edited');
    const still = done.filter((d) => d.why_not === null && d.moved.length === 0).map((d) => `${d.pointer} = ${JSON.stringify(d.value)}`);
    assert.deepEqual(still, [], `${lang}: edits that did not change the figures`);
  });
}

await step('"What the robot changed" is one click away; one savings answer, the Ministry\'s formula on its own line', async () => {
  await page.goto(`${url}#lang=en&n=${CASES}&r=1&seed=${SEED}`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  await settled('the first run');
  const question = () => page.evaluate(() => document.getElementById('key-figures').rows.length &&
    [...document.querySelectorAll('#key-figures thead th')].slice(1, 3).map((th) => th.textContent));
  assert.deepEqual(await question(), ['A: Current law (since 20.08.2024)', 'B: Before the robot']);
  await click('param.A.robot_window');
  await typeInto('field.A/parameters/robot_window/values/0/value', 2);
  await settled('the reform');
  assert.deepEqual(await question(), ["A: Current law (since 20.08.2024), robot's window 2 months", 'B: Current law (since 20.08.2024)']);
  await page.screenshot({ path: join(artifacts, 'edit-reform-question-en.png') });
  // The scope line: a sample's share shows its first digit, and one replication is singular.
  const scope = await page.evaluate(() => document.getElementById('scope').textContent);
  assert.match(scope, /^A sample of 5,000 fines \(0\.02% of the 25,500,000 in force in 2025\)/);
  assert.match(scope, /\(1 replication, each with its own draw/);
  // The case explorer under the reform: EX-04's payment of fine and fee now falls inside the
  // robot's longer window, so the fee part is an overpayment the page states, with the payments.
  await clickAt((await state()).widgets['tab.explorer']);
  await waitFor(page, () => !!window.bailiffTest.state().widgets['explorer.case'], null, { what: 'the case explorer' });
  await clickAt((await state()).widgets['explorer.case']);
  await clickAt(await waitFor(page, () => window.bailiffTest.state().widgets['option.EX-04-private-bailiff'], null,
                              { what: 'the case list open' }));
  await waitFor(page, () => !!window.bailiffTest.state().widgets['explorer.unapplied'], null, { what: 'EX-04 chosen' });
  const widgets = (await state()).widgets;
  assert.ok(widgets['explorer.payments'], 'the recorded payments are listed');
  assert.ok(widgets['explorer.unapplied'], 'the overpayment is stated');
  const ex04 = await page.evaluate(() => window.bailiffTest.explain('A', 'EX-04-private-bailiff'));
  assert.match(ex04.outcome, /the debtor paid 43,250\.00 ₸ in all/);
  assert.equal(ex04.unapplied, 'Recorded payments total 54,062.50 ₸; 10,812.50 ₸ of it was not applied: more than was ' +
    'due (an overpayment) or paid after the case was closed. The model does not decide its return to the debtor ' +
    '(no source on refunds was read).');
  await page.screenshot({ path: join(artifacts, 'edit-explorer-overpayment-en.png') });
  await clickAt((await state()).widgets['tab.charts']);
  const r = (await state()).widgets['question.robot'];
  assert.ok(r, 'the "What the robot changed" button');
  await clickAt(r);
  await clickRun();
  await waitFor(page, () => window.bailiffTest.state().settled &&
    document.querySelectorAll('#key-figures thead th')[2].textContent === 'B: Before the robot', null, { what: 'the robot question' });
  await settled('the robot question');
  assert.deepEqual(await question(), ['A: Current law (since 20.08.2024)', 'B: Before the robot']);
  // One savings answer: what citizens save in fees is B's fees less A's (the headline's), and
  // the Ministry's formula is a separate line that says it is a different quantity.
  const t = await page.evaluate(() => ({
    rows: Object.fromEntries([...document.querySelectorAll('#key-figures tbody tr')].map((tr) => [tr.dataset.key, { value: tr.dataset.value, b: tr.dataset.b }])),
    official: document.getElementById('official-line').textContent,
    headline: document.getElementById('headline').textContent }));
  const fees = t.rows['figures.fees'];
  assert.equal(BigInt(t.rows['figures.saving_cf'].value), BigInt(fees.b) - BigInt(fees.value));
  assert.equal(t.rows['figures.saving_official'], undefined, 'not a row beside the saving');
  assert.match(t.official, /^The Ministry's accounting, a different quantity \(not what citizens save\)/);
  assert.match(t.headline, /citizens pay .* less in private-bailiff fees/);
  await page.screenshot({ path: join(artifacts, 'edit-robot-question-en.png') });
  // A readout left by the mouse goes when the mouse leaves the canvas.
  const png = (await state()).widgets['png.savings'];
  await page.mouse.move(png[0] - 120, png[3] + 60);
  await waitFor(page, () => window.bailiffTest.state().widgets['readout.savings'], null, { what: 'the savings readout' });
  const canvas = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().bottom);
  await page.mouse.move(200, canvas + 20);  // onto the text strip under the canvas
  await waitFor(page, () => !window.bailiffTest.state().widgets['readout.savings'], null, { what: 'the readout gone' });
});

await step('Stop says the run stopped', async () => {
  await page.goto(`${url}#lang=ru&n=3000000&r=5&seed=${SEED}`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  const r = await waitFor(page, () => window.bailiffTest.state().widgets.cancel, null, { what: 'the Stop button of the first run' });
  await clickAt(r);
  const s = await waitFor(page, () => { const x = window.bailiffTest.state(); return x.busy ? null : x; }, null, { what: 'the run stopped' });
  assert.equal(s.status, await page.evaluate(() => window.bailiffTest.label('scenario.stopped')));
  assert.match(s.status, /^Расчёт остановлен/);
});

await step('no page error, no console error', async () => {
  assert.deepEqual(pageErrors, []);
});

writeFileSync(join(artifacts, 'edit-every-parameter.json'), JSON.stringify(report, null, 2) + '\n');
await browser.close();
server.close();
process.exit(summary());
