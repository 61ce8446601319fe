import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const GDP = /地区生产总值[（(]GDP[）)]/;

/**
 * Types values into one row of the grid: [column (0 = 2020 base), text]. The first value of a
 * fresh profile asks for the user's name.
 */
async function typeRow(
  page: Page,
  indicator: RegExp,
  values: readonly (readonly [number, string])[],
  asksName = false,
) {
  const row = page.locator('.entry-grid tr', { hasText: indicator }).first();
  for (const [index, [col, text]] of values.entries()) {
    const cell = row.locator(`td[data-col="${col}"]`);
    await cell.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    if (asksName && index === 0) {
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('姓名').fill('王芳');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
    }
    await expect.poll(() => cell.textContent(), { timeout: 10_000 }).toBe(text);
  }
}

async function openEvaluation(page: Page) {
  await page.getByRole('menuitem', { name: '评估分析' }).click();
  const open = page.locator('.ant-select-dropdown:visible');
  await page.getByLabel('规划').click();
  await open.locator('.ant-select-item-option', { hasText: JDZ_14 }).first().click();
  await page.getByText('2022年中期评估：', { exact: false }).waitFor();
}

function gdpRow(page: Page) {
  return page.locator('tr.ant-table-row', { hasText: GDP }).first();
}

describe('growth beside level, thresholds per plan (issue 12 items 11, 17)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('judges GDP on levels, then on the real growth entered beside them', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await page.locator('.entry-plan-select').click();
    await page.locator('.ant-select-item-option', { hasText: JDZ_14 }).click();
    await page.locator('.entry-grid tr', { hasText: GDP }).waitFor();
    await typeRow(
      page,
      GDP,
      [
        [1, '1030'],
        [2, '1102.3'],
      ],
      true,
    );
    await openEvaluation(page);
    // Current-price levels only: judged against the target level (issue 12, item 7), R = 158.1%.
    await expect
      .poll(() => gdpRow(page).locator('.ant-tag').first().textContent())
      .toBe('快于预期');

    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await page.locator('.entry-measure').getByText('增速(%)').click();
    await typeRow(page, GDP, [
      [1, '5'],
      [2, '4'],
    ]);
    // 景德镇's 常住人口城镇化率 base is 2019 data (68.05*): flagged in the grid.
    await page.locator('.entry-base-break').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entry-growth.png` });

    await openEvaluation(page);
    await expect.poll(() => gdpRow(page).locator('.ant-tag').first().textContent()).toBe('滞后');
    await expect
      .poll(() => gdpRow(page).locator('.evaluation-explanation').textContent())
      .toBe(
        '2022年地区生产总值（GDP）为1102.3亿元，2021—2022年两年平均增长4.5%（按可比价计算的实际增速），为规划年均增长7%左右的64.3%，滞后；2023—2025年需按现价年均增长2.9%方可实现1200亿元目标。',
      );
  });

  it('changes a threshold, sees the verdict change, and restores the defaults', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '评估阈值' }).click();
    const onTrack = page.getByLabel('符合预期：进度比R不低于（预期性）');
    await onTrack.fill('60');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect
      .poll(() => gdpRow(page).locator('.ant-tag').first().textContent())
      .toBe('符合预期');
    await page.getByText('已有1项不同于默认值。', { exact: false }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/evaluation-settings.png` });

    await page.getByRole('button', { name: '恢复默认' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => gdpRow(page).locator('.ant-tag').first().textContent()).toBe('滞后');
    await expect.poll(() => onTrack.inputValue()).toBe('95');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
  });

  it('flags bases that may not be comparable and takes a revised base in one click', async () => {
    const { page } = session;
    const summary = page.locator('.ant-alert-description').first();
    await expect
      .poll(() => summary.textContent())
      .toContain('常住人口城镇化率、森林覆盖率基期可能不可比');
    // 评估分析: the indicator's detail takes the revised base (景德镇's census figure).
    await page.locator('tr.ant-table-row', { hasText: '森林覆盖率' }).first().click();
    await page.getByRole('button', { name: '录入修订基期值' }).click();
    await page.getByLabel('2020年修订基期值').fill('67.1');
    await page.getByLabel('修订依据').fill('林草湿调查');
    await page
      .locator('.indicator-detail')
      .getByRole('button', { name: /^保\s*存$/ })
      .click();
    await expect.poll(() => summary.textContent()).not.toContain('森林覆盖率');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    // 数据填报: the chip jumps to the base-year cell, where the revised base is typed.
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    const row = page.locator('.entry-grid tr', { hasText: '常住人口城镇化率' }).first();
    await row.locator('.entry-base-break').click();
    await page.keyboard.type('65.02');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('td[data-col="0"]').textContent()).toBe('65.02');
    await expect.poll(() => row.locator('.entry-base-break').count()).toBe(0);
    await expect.poll(() => page.locator('.entry-base-break').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
