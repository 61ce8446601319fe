import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const CJ_13C = '昌江区“十三五”规划纲要主要指标完成情况';
const FZ_DOCUMENT = 'tests/fixtures/source-docs/002_641d90f13b9fbec7.txt';

describe('规划管理 in web mode', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench();
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('lists the six built-in plans on first start', async () => {
    const { page } = session;
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(6);
  });

  it('shows a built-in plan with the raw cells and the parsed reading', async () => {
    const { page } = session;
    await page.getByRole('link', { name: JDZ_14 }).click();
    const gdp = page.locator('tr.ant-table-row', { hasText: '地区生产总值（GDP）' });
    await expect
      .poll(() => gdp.locator('.raw-cell').allTextContents())
      .toEqual(['957.14', '1200', '7 左右']);
    await expect.poll(() => gdp.getByText('年均增长7%左右，目标1200亿元').count()).toBe(1);
    await expect.poll(() => page.getByText('2020 年基期值均为预期数').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plans-detail.png` });
  });

  it('edits an indicator and shows the new reading at once', async () => {
    const { page } = session;
    const gdp = page.locator('tr.ant-table-row', { hasText: '地区生产总值（GDP）' });
    await gdp.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('2025年目标值').fill('1250');
    await dialog.getByText('年均增长7%左右，目标1250亿元', { exact: false }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plans-edit.png` });
    await dialog.getByRole('button', { name: '保 存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The table re-reads IndexedDB live; wait for the new value rather than racing it.
    await expect.poll(() => gdp.locator('.raw-cell').nth(1).textContent()).toBe('1250');
  });

  it('deletes a plan after confirmation', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '规划管理' }).click();
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    const row = page.locator('tr.ant-table-row', { hasText: CJ_13C });
    await row.getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删 除' }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(5);
  });

  it('imports a whole document opened as a .txt file, reviews it and saves it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '粘贴指标表' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开文本文件…' }).click();
    await (await chooser).setFiles(FZ_DOCUMENT);
    await page.getByText('文件「002_641d90f13b9fbec7.txt」', { exact: false }).waitFor();
    await page.getByRole('button', { name: '解析并核对' }).click();
    await page.getByText('核对导入结果', { exact: false }).waitFor();
    await page.locator('tr.ant-table-row', { hasText: '地区生产总值' }).waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(31);
    await page.getByLabel('规划名称').fill('抚州市“十四五”规划（粘贴导入）');
    await page.getByLabel('地区').fill('抚州市');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plans-review.png`, fullPage: true });
    await page.getByRole('button', { name: '保存为新规划' }).click();
    await page.getByText('抚州市“十四五”规划（粘贴导入）', { exact: false }).first().waitFor();
    await page.locator('tr.ant-table-row', { hasText: '公众安全感' }).waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(31);
  });

  it('exports a plan to Excel and imports the file back as a new plan', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '规划管理' }).click();
    await page.getByRole('link', { name: JDZ_14 }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel 规划表' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${JDZ_14}.xlsx`);
    const path = `${SCREENSHOT_DIR}/../jdz-14-plan.xlsx`;
    await file.saveAs(path);
    await page.getByRole('menuitem', { name: '规划管理' }).click();
    await page.getByRole('button', { name: '更多' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: '从文件导入（Word/PDF/Excel/网页）…' }).click();
    await (await chooser).setFiles(path);
    await page
      .getByText('核对导入结果（来源：文件「jdz-14-plan.xlsx」', { exact: false })
      .waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(31);
    // The edit made earlier (目标值 1250) travelled through the file.
    const gdp = page.locator('tr.ant-table-row', { hasText: '地区生产总值（GDP）' });
    await expect.poll(() => gdp.locator('.raw-cell').nth(1).textContent()).toBe('1250');
    await page.getByRole('button', { name: '放 弃' }).click();
  });

  it('keeps everything after a reload (IndexedDB is the source of truth)', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('menuitem', { name: '规划管理' }).click();
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(6);
    await expect.poll(() => page.getByRole('link', { name: CJ_13C }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plans-list.png` });
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
