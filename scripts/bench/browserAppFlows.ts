// The user's ways through the app that the benchmarks time, driven as the e2e tests drive them.
// Each flow is timed inside the page from the file input's change event (or the click) to the
// message saying the work is done; the time the 「user」 takes to click 确认 is left out.
import type { Page } from 'playwright-core';
import { forget, readMarks, span, waitForMark, watch } from './browserMarks';
import { median } from './browserMedian';
import type { BenchResult } from './measure';

/** A flow's time in two parts: reading the file up to the preview, and writing after 确认. */
export type FlowTiming = { readonly readMs: number; readonly writeMs: number };

/** The whole time the user waits in a flow. */
export function totalMs(timing: FlowTiming): number {
  return timing.readMs + timing.writeMs;
}

/** Report-only rows with the median of each part of a flow, printed under its total. */
export function phaseResults(
  flow: string,
  runs: readonly FlowTiming[],
  readPart: string,
  writePart: string,
): BenchResult[] {
  const row = (part: string, ms: number): BenchResult => ({
    name: `  其中 ${flow}：${part}`,
    value: ms,
    unit: 'ms',
    target: '',
    ok: true,
  });
  return [
    row(readPart, median(runs.map((run) => run.readMs))),
    row(writePart, median(runs.map((run) => run.writeMs))),
  ];
}

const MESSAGE = '.ant-message-notice';

/** Waits for the first screen: the 规划管理 list with at least `planCount` plans. */
export async function waitForPlanList(page: Page, planCount: number): Promise<void> {
  await watch(page, { name: 'planList', selector: ROW, text: '', minCount: planCount });
  await waitForMark(page, 'planList', 30_000);
}

/** The rows of the 规划管理 plan table. */
export const ROW = '.ant-table-tbody tr.ant-table-row';

/**
 * How long one step of a restore may take: on the shared 2-core machine under load, Chromium took
 * 234 s to write the 100,000-value backup (decision 0043), past waitForMark's usual 2 minutes.
 */
const RESTORE_STEP_MS = 10 * 60_000;

/** 系统设置 → 从备份恢复… with `path`, through the confirmation, until 「已从备份…恢复」. */
export async function restoreThroughUi(page: Page, path: string): Promise<FlowTiming> {
  await openSettings(page);
  await settleMessages(page);
  await forget(page, 'fileChosen', 'click', 'restoreAsked', 'restoreDone');
  await watch(page, {
    name: 'restoreAsked',
    selector: '.ant-modal-confirm-title',
    text: '从备份恢复：将替换当前全部数据',
  });
  await watch(page, { name: 'restoreDone', selector: MESSAGE, text: '恢复全部数据' });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles(path);
  await waitForMark(page, 'restoreAsked', RESTORE_STEP_MS);
  await forget(page, 'click');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '替换为备份数据' }).click();
  await waitForMark(page, 'restoreDone', RESTORE_STEP_MS);
  const marks = await readMarks(page);
  await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
  return {
    readMs: span(marks, 'fileChosen', 'restoreAsked'),
    writeMs: span(marks, 'click', 'restoreDone'),
  };
}

/** 系统设置 → 导出备份, until 「已导出备份」 (the download has started); saves the file. */
export async function exportThroughUi(page: Page, savePath: string): Promise<number> {
  await openSettings(page);
  await settleMessages(page);
  await forget(page, 'click', 'exportDone');
  await watch(page, { name: 'exportDone', selector: MESSAGE, text: '已导出备份' });
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: '导出备份' }).click();
  await waitForMark(page, 'exportDone');
  const marks = await readMarks(page);
  await (await download).saveAs(savePath);
  return span(marks, 'click', 'exportDone');
}

/** 数据填报 → 导入填报模板 with `path`, preview, 导入, until 「已从…导入 n 个单元格」. */
export async function importTemplateThroughUi(
  page: Page,
  planName: string,
  path: string,
  valueCount: number,
): Promise<FlowTiming> {
  await openEntry(page, planName);
  await settleMessages(page);
  await forget(page, 'fileChosen', 'click', 'previewShown', 'importDone');
  const preview = '.template-count.is-new';
  await watch(page, { name: 'previewShown', selector: preview, text: `新增 ${valueCount}` });
  const done = `导入 ${valueCount} 个单元格`;
  await watch(page, { name: 'importDone', selector: MESSAGE, text: done });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入填报模板' }).click();
  await (await chooser).setFiles(path);
  await waitForMark(page, 'previewShown');
  await forget(page, 'click');
  await page.locator('.ant-modal').getByRole('button', { name: done }).click();
  await waitForMark(page, 'importDone');
  const marks = await readMarks(page);
  await page.locator('.ant-modal', { hasText: '导入填报模板：' }).waitFor({ state: 'detached' });
  return {
    readMs: span(marks, 'fileChosen', 'previewShown'),
    writeMs: span(marks, 'click', 'importDone'),
  };
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '系统设置' }).click();
  await page.getByRole('button', { name: '导出备份' }).waitFor();
}

/** 数据填报 with `planName` chosen, until the grid shows its first row. */
export async function openEntry(page: Page, planName: string): Promise<void> {
  await page.getByRole('menuitem', { name: '数据填报' }).click();
  await page.locator('.entry-plan-select').click();
  await page.locator('.ant-select-item-option', { hasText: planName }).first().click();
  await page.locator('.entry-grid tbody tr').first().waitFor({ timeout: 60_000 });
}

/** Earlier messages (antd keeps them 3 s) must be gone, or a watch could match an old one. */
async function settleMessages(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await page.locator(MESSAGE).count()) > 0 && Date.now() < deadline) {
    await page.waitForTimeout(200);
  }
}
