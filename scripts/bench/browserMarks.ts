// Node side of the page marks (browser/marksEntry.ts): arm watches, wait for and read marks.
// Callbacks passed to page.evaluate stay anonymous one-liners: tsx would wrap named inner
// functions in a helper the page does not have.
import type { Page } from 'playwright-core';
import {
  PAGE_MARKS_GLOBAL,
  type MarkWatch,
  type PageMarks,
  type PageMarksApi,
} from './browser/pageMarks';

type MarksScope = Record<string, PageMarksApi | undefined>;

/** Every mark recorded so far in the page. */
export function readMarks(page: Page): Promise<PageMarks> {
  return page.evaluate((global) => {
    return { ...(globalThis as unknown as MarksScope)[global]?.marks };
  }, PAGE_MARKS_GLOBAL);
}

/** Arms a watch; its mark is recorded when the page first shows what it looks for. */
export async function watch(page: Page, markWatch: MarkWatch): Promise<void> {
  await page.evaluate(
    ([global, armed]) => (globalThis as unknown as MarksScope)[global]?.watch(armed),
    [PAGE_MARKS_GLOBAL, markWatch] as const,
  );
}

/** Removes marks, so the next occurrence is recorded afresh. */
export async function forget(page: Page, ...names: readonly string[]): Promise<void> {
  await page.evaluate(
    ([global, list]) =>
      list.forEach((name) => (globalThis as unknown as MarksScope)[global]?.forget(name)),
    [PAGE_MARKS_GLOBAL, names] as const,
  );
}

/** Waits until a mark exists and returns it (ms since navigation start). */
export async function waitForMark(page: Page, name: string, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    ([global, mark]) => (globalThis as unknown as MarksScope)[global]?.marks[mark] ?? false,
    [PAGE_MARKS_GLOBAL, name] as const,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** The time between two recorded marks; throws when either is missing. */
export function span(marks: PageMarks, from: string, to: string): number {
  const start = marks[from];
  const end = marks[to];
  if (start === undefined || end === undefined) {
    throw new Error(`基准测试缺少计时点「${start === undefined ? from : to}」`);
  }
  return end - start;
}
