/**
 * 重点任务 → 从文件导入任务清单 (issue 13): 004 printed to PDF by Chromium is read into its 25
 * tasks with a preview before anything is saved; a list with an unbalanced bracket is refused
 * naming the task and line, and nothing is stored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const FILES = `${SCREENSHOT_DIR}/..`;
const TEXT_004 = readFileSync('tests/fixtures/source-docs/004_fac2628270a00fab.txt', 'utf8');

/** 004's lines as a printed page: one line per paragraph, small enough never to wrap. */
async function print004(session: BrowserSession, path: string) {
  const page = await session.context.newPage();
  const lines = TEXT_004.split(/\r?\n/).filter((line) => line.trim() !== '');
  const body = lines.map((line) => `<p>${line.trim()}</p>`).join('');
  await page.setContent(
    `<html><head><meta charset="utf-8"><style>body{font:9px "Noto Sans CJK SC",sans-serif}p{margin:0 0 4px;white-space:nowrap}</style></head><body>${body}</body></html>`,
  );
  await page.pdf({ path, format: 'A3', landscape: true });
  await page.close();
}

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从文件导入任务清单' }).click();
  await (await chooser).setFiles(path);
}

describe('重点任务: import a task list from a file', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('refuses a list with an unbalanced bracket, then imports 004 from a PDF', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '重点任务' }).click();
    await page.getByRole('heading', { level: 3, name: '重点任务' }).waitFor();
    await page.locator('.work-item-row').first().waitFor();
    await page.locator('.work-list-select').click();
    const listCount = await page.locator('.ant-select-item-option').count();
    await page.keyboard.press('Escape');

    const bad = `${FILES}/坏清单.txt`;
    writeFileSync(bad, '一、重点任务\n1.推进整治。\n2.加强监管。(市生态环境局负责\n3.强化保障。');
    await importFile(page, bad);
    const error = page.locator('.ant-modal-confirm', { hasText: '无法导入该任务清单' });
    await error.getByText('第 2 项任务：括号「(」不成对，无法读出责任单位').waitFor();
    await error.getByText('位置：文件「坏清单.txt」，第 3 行').waitFor();
    await error.getByRole('button').click();
    await error.waitFor({ state: 'detached' });

    const pdf = `${FILES}/工作要点.pdf`;
    await print004(session, pdf);
    await importFile(page, pdf);
    const preview = page.locator('.work-import-preview');
    await preview.getByText('共 25 项（任务 25 项）').waitFor();
    await preview.getByText('6 个：一、扎实推进问题整改', { exact: false }).waitFor();
    await preview.getByText('49 个，其中已有 49 个、新增 0 个', { exact: false }).waitFor();
    await preview.getByLabel('清单名称').fill('工作要点（PDF 导入）');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/work-item-import-preview.png` });
    await preview.getByRole('button', { name: '保存 25 项' }).click();
    const dialog = page.getByRole('dialog', { name: '请填写您的姓名' });
    await dialog.getByLabel('姓名').fill('王芳');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await preview.waitFor({ state: 'detached' });

    await expect
      .poll(() => page.locator('.work-list-select').textContent())
      .toBe('工作要点（PDF 导入）');
    await expect.poll(() => page.locator('.work-item-row').count()).toBe(25);
    await page.locator('.work-item-row', { hasText: '加强森林生态修复和保护' }).waitFor();
    await page.locator('.work-list-select').click();
    await expect.poll(() => page.locator('.ant-select-item-option').count()).toBe(listCount + 1);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/work-items-imported.png` });
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
