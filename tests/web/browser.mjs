// Launch Debian's Chromium headless through playwright-core (never a downloaded browser),
// with the flags that work on this machine kind (no GPU, no network: SwiftShader, no
// background networking) and a fresh profile.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.BAILIFF_CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'bailiff-chromium-'));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync',
                '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];  // + the fresh profile below
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args, acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Poll \p fn (run in the page with \p arg) until it returns a truthy value; page.evaluate
 *  is used because waitForFunction evaluates strings, which the page's CSP forbids. */
export async function waitFor(page, fn, arg, { timeout = 60000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}
