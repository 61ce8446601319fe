import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium (apt-get install chromium); override with CHROMIUM_PATH. */
const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/** Where screenshots go (ignored by git). */
export const SCREENSHOT_DIR = 'test-results/screenshots';

export type BrowserSession = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Every request that did not go to the local web build (must stay empty: the app is offline). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
};

/** Launches headless Chromium at 1280×800 with a fresh profile and opens the web build. */
export async function openWorkbench(
  viewport = { width: 1280, height: 800 },
): Promise<BrowserSession> {
  const executablePath = CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw new Error('未找到 Chromium：请先执行 apt-get install -y chromium');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const baseUrl = inject('baseUrl');
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(baseUrl);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return { browser, context, page, baseUrl, foreignRequests, pageErrors };
}
