import type { Page } from 'playwright-core';
import type { BaselineApi } from './browser/baselineEntry';
import { BENCH_FOLDER } from './browserBuild';
import type { BrowserBenchEnv } from './browserEnv';
import { newBaselineContext } from './browserSession';

/** The baseline page's globalThis (browser/baselineEntry.ts). */
export type BaselineScope = { workbenchBaseline: BaselineApi };

/** Opens the baseline page (same origin, CSP bypassed), runs `body`, closes the context. */
export async function withBaselinePage<T>(
  env: BrowserBenchEnv,
  body: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await newBaselineContext(env.browser);
  try {
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}${BENCH_FOLDER}/baseline.html`);
    await page.waitForFunction(() => 'workbenchBaseline' in globalThis);
    return await body(page);
  } finally {
    await context.close();
  }
}
