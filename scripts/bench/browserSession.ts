// Debian's Chromium driven by playwright-core, as in the e2e tests, with the benchmark's timing
// script added to every page of an app context.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { PAGE_WATCHES_GLOBAL, type MarkWatch } from './browser/pageMarks';

/** Debian's Chromium (apt-get install chromium); override with CHROMIUM_PATH. */
const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/** Launches headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw new Error('未找到 Chromium：请先执行 apt-get install -y chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
}

/**
 * A fresh context for the app (its own empty IndexedDB, nothing cached; the app's CSP applies)
 * whose pages record marks from the first script on; `watches` are armed before the app runs.
 */
export async function newAppContext(
  browser: Browser,
  marksScript: string,
  watches: readonly MarkWatch[] = [],
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const armed = `globalThis.${PAGE_WATCHES_GLOBAL} = ${JSON.stringify(watches)};\n`;
  await context.addInitScript({ content: armed + marksScript });
  return context;
}

/**
 * A context for the baseline page: the same origin and browser, but with CSP bypassed, since the
 * baseline bundle is not part of the app and the server sends the app's CSP with every file.
 */
export function newBaselineContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
}
