import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const TASK_LIST = '2021年景德镇市推进长江经济带发展工作要点';

/** Picks an option of an antd Select found by its aria-label. */
async function choose(page: Page, label: string, option: string) {
  const open = page.locator('.ant-select-dropdown:visible');
  if ((await open.count()) > 0) await page.keyboard.press('Escape');
  await expect.poll(() => open.count()).toBe(0);
  await page.getByLabel(label, { exact: true }).click();
  await open.locator('.ant-select-item-option', { hasText: option }).first().click();
}

const count = (page: Page, status: string) =>
  page
    .locator('.work-status-counts .ant-statistic', { hasText: status })
    .locator('.ant-statistic-content-value')
    .textContent();

describe('重点任务 in web mode', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('opens the built-in 004 tasks, filters by a department, sets a status and counts it', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '重点任务' }).click();
    await page.getByRole('heading', { level: 3, name: '重点任务' }).waitFor();
    await choose(page, '任务清单', TASK_LIST);
    await page.locator('.work-item-row', { hasText: '狠抓警示片披露问题整改' }).waitFor();
    expect(await page.locator('.work-item-row').count()).toBe(25);
    await expect.poll(() => count(page, '未填报')).toBe('25');

    await choose(page, '责任单位', '市林业局');
    await expect.poll(() => page.locator('.work-item-row').count()).toBe(5);
    await page.locator('.work-item-row', { hasText: '加强森林生态修复和保护' }).click();
    const panel = page.locator('.work-item-panel');
    await panel.getByText('市林业局、各县（市、区）政府', { exact: true }).waitFor();
    await panel.locator('.ant-tag', { hasText: '28.91 万亩' }).waitFor();

    await panel.getByLabel('完成进度').fill('100');
    await panel.getByText('建议状态：已完成（完成进度 100%，已全部完成）').waitFor();
    await panel.getByRole('button', { name: '采 用' }).click();
    await panel.getByLabel('进展情况').fill('完成营造林 29.3 万亩');
    await panel.getByRole('button', { name: '保存进展' }).click();
    const dialog = page.getByRole('dialog', { name: '请填写您的姓名' });
    await dialog.getByLabel('姓名').fill('王芳');
    await dialog.getByRole('button', { name: '确 定' }).click();

    await panel
      .locator('.work-item-history')
      .getByText('王芳 填报进展：2021年全年 → 已完成')
      .waitFor();
    await expect.poll(() => count(page, '已完成')).toBe('1');
    await expect.poll(() => count(page, '未填报')).toBe('24');
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.locator('.work-item-row', { hasText: '加强森林生态修复和保护' }).textContent(),
      )
      .toContain('已完成');
    await page.mouse.move(700, 700);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/work-items.png` });
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
