// Browser test of every screen (issue 27 item 6): a phone (390x844 at 3 device pixels per CSS
// pixel), a laptop (1366x768), the same laptop at 1.5 device pixels and 150% text, and a desktop
// (1920x1080). At each size the layout is the one meant (below 800 px one column with the key
// figures' table in the HTML text; stacked when the figures do not fit beside the scenario;
// else side by side), no key figure is off-screen or cut (each cell's text inside its cell and
// inside the canvas, read from the widget rectangles; on a phone each HTML cell inside the
// window and not overflowing), the menu's controls do not overlap, a finger slides the page on
// the phone and the wheel scrolls the stacked page. The text size is picked with the mouse.
// Screenshots kept: tests/artifacts/web/screen-*.png.
//
// Usage: node screens.test.mjs [SITE_DIR]   (default: build/wasm/web/site).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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
const cdp = await page.context().newCDPSession(page);

const state = () => page.evaluate(() => window.bailiffTest.state());
const ROWS = ['figures.cases', 'figures.rate', 'figures.collected', 'figures.fees', 'figures.saving_cf',
              'figures.handed', 'figures.proceedings', 'figures.notices'];
const SIZES = [
  { name: '390x844', width: 390, height: 844, ratio: 3, text: '100%', layout: 'narrow', mobile: true },
  { name: '1366x768', width: 1366, height: 768, ratio: 1, text: '100%', layout: 'wide' },
  { name: '1366x768-150', width: 1366, height: 768, ratio: 1.5, text: '150%', layout: 'stacked' },
  { name: '1920x1080', width: 1920, height: 1080, ratio: 1, text: '100%', layout: 'wide' },
];

async function click(rect) {
  await page.mouse.click((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2);
}
// The text size picked as a reader picks it: a click on the list, a click on the size.
async function pickTextSize(text) {
  const s = await state();
  if (s.text_size === text) return;
  await click(s.widgets.text_size);
  await waitFor(page, (t) => window.bailiffTest.state().widgets[`text_size.${t}`], text, { what: `the ${text} entry` });
  await page.waitForTimeout(300);  // the list placed (its first frame is laid out unseen)
  await click((await state()).widgets[`text_size.${text}`]);
  await waitFor(page, (t) => window.bailiffTest.state().text_size === t, text, { what: `text at ${text}` });
}
const inside = (r, box, slack = 0.5) => r[0] >= box[0] - slack && r[1] >= box[1] - slack && r[2] <= box[2] + slack &&
  r[3] <= box[3] + slack;
const overlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

await step('the page loads with the national answer', async () => {
  await page.goto(`${url}#lang=ru`);
  await waitFor(page, () => !!(window.bailiffTest && window.bailiffTest.ready()), null, { what: 'module ready' });
  await waitFor(page, () => window.bailiffTest.state().settled &&
    document.getElementById('summary').dataset.method === 'exact_ensemble', null,
  { timeout: 180000, interval: 250, what: 'the national answer' });
});

for (const size of SIZES) {
  await step(`${size.name}: the ${size.layout} layout, no key figure off-screen or cut, the menu whole`, async () => {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height,
                                                           deviceScaleFactor: size.ratio, mobile: !!size.mobile });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: !!size.mobile });
    await waitFor(page, (w) => window.innerWidth === w && window.bailiffTest.state().frames > 0, size.width,
                  { what: 'the new size' });
    await page.mouse.move(1, size.height - 2);
    await pickTextSize(size.text);
    const s = await waitFor(page, (l) => {
      const st = window.bailiffTest.state();
      return st.layout === l ? st : null;
    }, size.layout, { what: `the ${size.layout} layout` });
    await page.waitForTimeout(500);
    const w = (await state()).widgets;
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas').getBoundingClientRect();
      return [c.left, c.top, c.right, c.bottom];
    });
    assert.ok(inside(w.headline, canvas), `the headline on screen: ${w.headline} in ${canvas}`);
    if (size.layout === 'narrow') {
      assert.ok(inside(w['figures.in_text'], canvas), 'the canvas says where the figures are');
      const cells = await page.evaluate(() => [...document.querySelectorAll('#key-figures th, #key-figures td')].map((c) => {
        const r = c.getBoundingClientRect();
        return { text: c.textContent, rect: [r.left, r.top, r.right, r.bottom], over: c.scrollWidth - c.clientWidth };
      }));
      assert.ok(cells.length >= ROWS.length * 5 && cells.length % 5 === 0, `${cells.length} cells`);
      for (const c of cells) {
        assert.ok(c.rect[0] >= 0 && c.rect[2] <= size.width + 0.5, `${c.text} inside the window: ${c.rect}`);
        assert.ok(c.over <= 0, `${c.text} not cut (${c.over} px over)`);
      }
      const strip = await page.evaluate(() => document.getElementById('summary').getBoundingClientRect().top);
      assert.ok(strip < size.height * 0.6, `the HTML text takes the lower part of the phone (top ${strip})`);
    } else {
      for (const row of ROWS) {
        for (let c = 0; c < 5; ++c) {
          const text = w[`figure.${row}.${c}`], cell = w[`cell.${row}.${c}`];
          assert.ok(text && cell, `${row} column ${c} drawn`);
          assert.ok(text[2] <= cell[2] + 0.5, `${row} column ${c} not cut: ${text} in ${cell}`);
          assert.ok(inside(text, canvas), `${row} column ${c} on screen: ${text} in ${canvas}`);
        }
      }
    }
    const menu = ['export.json', 'export.csv', 'export.bundle', 'brief', 'text_size', 'lang.ru', 'lang.kk', 'lang.en'];
    for (let i = 0; i < menu.length; ++i) {
      assert.ok(inside(w[menu[i]], [0, 0, size.width, size.height]), `${menu[i]} inside the window: ${w[menu[i]]}`);
      for (let j = i + 1; j < menu.length; ++j) {
        assert.ok(!overlap(w[menu[i]], w[menu[j]]), `${menu[i]} and ${menu[j]} do not overlap`);
      }
    }
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(artifacts, `screen-${size.name}.png`), Buffer.from(data, 'base64'));
    console.log(`     ${size.name}: ${s.layout}`);
  });
  if (size.layout === 'narrow') {
    await step(`${size.name}: a finger slides the page`, async () => {
      const before = (await state()).widgets.headline;
      const x = size.width / 2, y0 = 400, y1 = 120;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
      for (let i = 1; i <= 8; ++i) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + (y1 - y0) * i / 8 }] });
        await page.waitForTimeout(40);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      const after = await waitFor(page, (y) => {
        const r = window.bailiffTest.state().widgets.headline;
        return !r || r[1] < y - 150 ? (r || 'scrolled out') : null;
      }, before[1], { what: 'the page slid up' });
      assert.ok(after);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(join(artifacts, `screen-${size.name}-slid.png`), Buffer.from(data, 'base64'));
      assert.equal((await state()).error, '', 'lifting the finger clicked nothing');
    });
  }
  if (size.layout === 'stacked') {
    await step(`${size.name}: the wheel scrolls the stacked page, past the panels`, async () => {
      const before = (await state()).widgets.headline;
      await page.mouse.move(size.width / 2, before[3]);
      for (let i = 0; i < 12; ++i) {
        await page.mouse.wheel(0, 300);
        await page.waitForTimeout(60);
      }
      // Past the scenario panel (a screen high): the tabs come into view.
      await waitFor(page, () => {
        const st = window.bailiffTest.state();
        return st.widgets['tab.charts'] && st.widgets['tab.charts'][1] < window.innerHeight * 0.8;
      }, null, { what: 'the tabs scrolled into view' });
      for (let i = 0; i < 16; ++i) {
        await page.mouse.wheel(0, -300);
        await page.waitForTimeout(60);
      }
      await waitFor(page, (y) => Math.abs(window.bailiffTest.state().widgets.headline[1] - y) < 1, before[1],
                    { what: 'back at the top' });
    });
  }
}

await step('no page error', async () => {
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  assert.deepEqual(pageErrors, []);
  assert.equal((await state()).guard_failures, 0);
});

await browser.close();
server.close();
process.exit(summary());
