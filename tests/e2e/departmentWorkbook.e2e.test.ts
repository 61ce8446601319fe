/**
 * Department workbooks with items (issue 13「Department templates」): 数据填报 → 导出填报模板 gives
 * the indicators and the plan's work items for a period; a filled workbook is read back with a
 * preview of cells and item rows and applied at once; completeness per department counts items.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const GDP = /地区生产总值[（(]GDP[）)]/;
const FOREST = '加强森林生态修复和保护';
const FILES = `${SCREENSHOT_DIR}/..`;

async function openEntry(page: Page) {
  await page.getByRole('menuitem', { name: '数据填报' }).click();
  await page.locator('.entry-plan-select').click();
  await page.locator('.ant-select-item-option', { hasText: JDZ_14 }).first().click();
  await page.locator('.entry-grid tbody tr').first().waitFor();
}

const gdpCell = (page: Page, col: number) =>
  page.locator('.entry-grid tr', { hasText: GDP }).locator(`td[data-col="${col}"]`);

/** Fills GDP 2021 on 数据填报 and the forest task's status and share on 重点任务进展. */
function fillWorkbook(path: string) {
  const workbook = XLSX.read(new Uint8Array(readFileSync(path)), { type: 'array' });
  const data = workbook.Sheets['数据填报']!;
  const dataRows: unknown[][] = XLSX.utils.sheet_to_json(data, { header: 1, defval: null });
  const gdpRow = dataRows.findIndex((row) => GDP.test(String(row[2] ?? '')));
  // 「2021年（填报）」 is merged over the year's 数值 | 增速(%) | 状态; 数值 is its first column.
  const column = dataRows[2]!.indexOf('2021年（填报）');
  data[XLSX.utils.encode_cell({ r: gdpRow, c: column })] = { t: 'n', v: 1030 };
  const items = workbook.Sheets['重点任务进展']!;
  const itemRows: unknown[][] = XLSX.utils.sheet_to_json(items, { header: 1, defval: null });
  const forest = itemRows.findIndex((row) => row[3] === FOREST);
  items[XLSX.utils.encode_cell({ r: forest, c: 6 })] = { t: 's', v: '已完成' };
  items[XLSX.utils.encode_cell({ r: forest, c: 7 })] = { t: 'n', v: 100 };
  items[XLSX.utils.encode_cell({ r: forest, c: 9 })] = { t: 's', v: '完成营造林 29.3 万亩' };
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return itemRows.length - 3;
}

describe('department workbook with indicators and items', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('exports indicators and items, imports them back with a preview, applies both', async () => {
    const { page } = session;
    await openEntry(page);
    await page.getByRole('button', { name: '导出填报模板' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '填报范围' });
    await dialog.getByLabel('填报范围').click();
    await page
      .locator('.ant-select-item-option', { hasText: '全部指标（31 个指标、209 项任务）' })
      .click();
    await dialog.getByText('重点任务进展期间').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/department-workbook-export.png` });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导 出' }).click();
    const path = `${FILES}/部门填报表.xlsx`;
    await (await download).saveAs(path);
    await dialog.waitFor({ state: 'detached' });
    // Every item of the plan's two lists: 004's 25 tasks and 000's 184 专栏 items.
    expect(fillWorkbook(path)).toBe(209);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入填报模板' }).click();
    await (await chooser).setFiles(path);
    const preview = page.locator('.ant-modal', { hasText: '导入填报模板：' });
    await preview.getByText('重点任务进展：新增 1，修改 0，未变 0，无效 0').waitFor();
    await preview.locator('.item-preview-table').getByText('（空） → 已完成 100%').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/department-workbook-preview.png` });
    expect(await gdpCell(page, 1).textContent()).toBe('');
    await preview.getByRole('button', { name: '导入 1 个单元格和 1 项任务进展' }).click();
    const nameDialog = page.locator('.ant-modal', { hasText: '姓名' });
    await nameDialog.getByLabel('姓名').fill('王芳');
    await nameDialog.getByRole('button', { name: '确 定' }).click();
    await preview.waitFor({ state: 'detached' });
    await expect.poll(() => gdpCell(page, 1).textContent()).toBe('1030');

    await page.getByRole('button', { name: '完整性' }).click();
    const drawer = page.locator('.completeness-drawer');
    const row = (name: string) =>
      drawer.locator('.completeness-summary tr.ant-table-row', { hasText: name }).locator('td');
    await expect
      .poll(() => row('市林业局').allTextContents())
      .toEqual(['市林业局', '0', '0', '0', '0', '5', '1', '4', '20.0%']);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/department-completeness.png` });
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '重点任务' }).click();
    await page.locator('.work-list-select').click();
    await page
      .locator('.ant-select-item-option', { hasText: '2021年景德镇市推进长江经济带发展工作要点' })
      .click();
    await expect
      .poll(() => page.locator('.work-item-row', { hasText: FOREST }).textContent())
      .toContain('已完成');
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
