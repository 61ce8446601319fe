import type { Page } from 'playwright-core';
import { importTemplateThroughUi, openEntry, restoreThroughUi } from './browserAppFlows';
import type { BrowserBenchEnv } from './browserEnv';
import { TEMPLATE_INDICATORS } from './browserFixtureFiles';
import { median } from './browserMedian';
import { newAppContext } from './browserSession';
import type { BenchResult } from './measure';

/** Rounds of 100 cursor moves; the median round is the figure. */
const ROUNDS = 5;
/** One frame at 60 Hz: a held arrow key must not fall behind the screen. */
const FRAME_MS = 16;

/**
 * Issue 3「Smooth with 500 indicators × 6 years」: the entry grid's cursor moves, timed in the page,
 * on the import benchmark's plan with its 10,000 values stored (more rows than issue 3 asks for, so
 * the grid draws only the rows in view). The e2e test checks where the cursor lands; the time is
 * measured here, as the project times nothing in tests.
 */
export async function runGridBenchmarks(env: BrowserBenchEnv): Promise<BenchResult[]> {
  const context = await newAppContext(env.browser, env.build.marksScript);
  try {
    const page = await context.newPage();
    await page.goto(env.baseUrl);
    const { importPlanBackup, importPlanName, template, templateValues } = env.fixtures;
    await restoreThroughUi(page, importPlanBackup);
    await importTemplateThroughUi(page, importPlanName, template, templateValues);
    // Timed from Node: the menu and the plan drop-down clicks are in it, as the user sees it.
    const opening = performance.now();
    await openEntry(page, importPlanName);
    const openMs = performance.now() - opening;
    await page.locator('td[data-row="0"][data-col="1"]').click();
    const ms = median(await cursorMoveRounds(page));
    const indicators = TEMPLATE_INDICATORS.toLocaleString('en-US');
    return [
      {
        name: `数据填报表方向键移动一格（${indicators} 项指标，每次按键单独一个任务）`,
        value: ms,
        unit: 'ms',
        target: `< ${FRAME_MS} ms`,
        ok: ms < FRAME_MS,
      },
      {
        name: `打开数据填报表（${indicators} 项指标 × 5 年已填；点「数据填报」→ 选规划 → 首行显示）`,
        value: openMs,
        unit: 'ms',
        target: '< 3 s',
        ok: openMs < 3000,
      },
    ];
  } finally {
    await context.close();
  }
}

/**
 * Each key press is its own task, as when a key is held down, so React renders in between; each
 * round of 100 moves ends where it starts.
 */
async function cursorMoveRounds(page: Page): Promise<number[]> {
  // Passed as text: tsx would wrap the inner arrow functions in a helper the page does not have.
  return page.evaluate<number[]>(`(async () => {
    const grid = document.querySelector('.entry-grid');
    if (!grid) throw new Error('找不到填报表');
    const channel = new MessageChannel();
    const perMove = [];
    for (let round = 0; round < ${ROUNDS}; round += 1) {
      const start = performance.now();
      for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) {
        for (let i = 0; i < 25; i += 1) {
          grid.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          await new Promise((resolve) => {
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(0);
          });
        }
      }
      perMove.push((performance.now() - start) / 100);
    }
    return perMove;
  })()`);
}
