/**
 * 评估报告 in web mode (issue 6): the report for the built-in 景德镇 plan with entered data,
 * edited in the app, exported to Word and Excel, and the files parsed back.
 */
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocx } from '../shared/report/docxPackage';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const GDP = /地区生产总值[（(]GDP[）)]/;
const TITLE = '景德镇市国民经济和社会发展第十四个五年规划纲要实施中期评估报告';
const FILES = `${SCREENSHOT_DIR}/..`;

function cell(page: Page, indicator: string | RegExp, col: number) {
  return page.locator('.entry-grid tr', { hasText: indicator }).locator(`td[data-col="${col}"]`);
}

async function download(page: Page, button: string, path: string): Promise<string> {
  const pending = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  await file.saveAs(path);
  return file.suggestedFilename();
}

describe('评估报告 in web mode', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('enters three years of GDP for 景德镇', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await page.locator('.entry-plan-select').click();
    await page.locator('.ant-select-item-option', { hasText: JDZ_14 }).click();
    await cell(page, GDP, 1).click();
    await page.keyboard.type('1030');
    await page.keyboard.press('Tab');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('王芳');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await expect.poll(() => cell(page, GDP, 1).textContent()).toBe('1030');
    await cell(page, GDP, 2).click();
    await page.keyboard.type('1102.3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1192.5');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, GDP, 3).textContent()).toBe('1192.5');
  });

  it('drafts the report with its sections, figures and the 附表', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '评估报告' }).click();
    await page.getByLabel('规划').click();
    await page.locator('.ant-select-item-option', { hasText: JDZ_14 }).click();
    const paper = page.getByRole('article', { name: '报告预览' });
    await paper.locator('.report-title', { hasText: TITLE }).waitFor();
    await expect
      .poll(() => paper.locator('.report-section h2').allTextContents())
      .toEqual([
        '一、评估工作开展情况',
        '二、主要目标指标实现情况',
        '三、重点任务、重大工程项目和重大改革推进情况',
        '四、存在的主要问题',
        '五、下一步工作建议',
      ]);
    await expect.poll(() => paper.locator('figcaption').first().textContent()).toMatch(/^图1 /);
    await expect.poll(() => paper.locator('.report-table tbody tr').count()).toBe(31);
    await paper.locator('.report-figure svg').first().waitFor();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/report-preview.png` });
  });

  it('frames the report with what the evaluator fills once: title block and 一', async () => {
    const { page } = session;
    await page.getByText('评估工作情况（标题', { exact: false }).click();
    await page.getByLabel('报告人').fill('市发展改革委主任 张三');
    await page.getByLabel('报告日期').fill('2023年8月28日');
    await page.getByLabel('数据截止日期').fill('2023-06-30');
    await page.getByLabel('组织单位').fill('市人民政府');
    await page.getByRole('checkbox', { name: '部门自评估' }).check();
    await page.getByRole('button', { name: '保存评估工作情况' }).click();
    const paper = page.getByRole('article', { name: '报告预览' });
    await paper.locator('.report-title-block', { hasText: '市发展改革委主任 张三' }).waitFor();
    await expect
      .poll(() => paper.locator('.report-section[data-section="work"] p').first().textContent())
      .toMatch(
        /^根据市人民政府工作部署，.*评估时段为2021年1月1日至2023年6月30日。评估采取部门自评估/,
      );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/report-framing.png` });
    await page.getByText('评估工作情况（标题', { exact: false }).click();
  });

  it('keeps an edited section when the data change, and asks before regenerating it', async () => {
    const { page } = session;
    const overall = page.locator('.report-section[data-section="progress"]');
    const edited = overall.locator('p', { hasText: '总体看，规划纲要实施开局良好。' });
    await overall.getByRole('button', { name: '编辑本节' }).click();
    await overall
      .getByLabel('二、主要目标指标实现情况 文字')
      .fill('总体看，规划纲要实施开局良好。\n（一）经济运行\n经济总量稳步扩大。');
    await overall.getByRole('button', { name: '保存本节' }).click();
    await edited.waitFor();
    await expect.poll(() => overall.locator('h3').allTextContents()).toEqual(['（一）经济运行']);
    await overall.getByText('已修改').waitFor();

    // New data change what would be generated; the evaluator's text stays, with a notice.
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await cell(page, GDP, 3).click();
    await page.keyboard.type('1200');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, GDP, 3).textContent()).toBe('1200');
    await page.getByRole('menuitem', { name: '评估报告' }).click();
    await edited.waitFor();
    await overall.getByText('数据或评估结果已变化', { exact: false }).waitFor();

    await overall.getByRole('button', { name: '重新生成' }).click();
    await page.getByRole('button', { name: '保留我的修改' }).click();
    await edited.waitFor();
    await overall.getByRole('button', { name: '重新生成' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '重新生成' }).click();
    await edited.waitFor({ state: 'detached' });
    await overall.getByText('自动生成').waitFor();
    await overall.getByRole('button', { name: '编辑本节' }).click();
    await overall
      .getByLabel('二、主要目标指标实现情况 文字')
      .fill('总体看，规划纲要实施开局良好。');
    await overall.getByRole('button', { name: '保存本节' }).click();
    await edited.waitFor();
  });

  it('exports a Word file laid out as an official document', async () => {
    const { page } = session;
    const path = `${FILES}/report-e2e.docx`;
    const name = await download(page, '导出 Word', path);
    expect(name).toBe(`${TITLE}（2023年）.docx`);
    const docx = openDocx(new Uint8Array(readFileSync(path)));
    const xml = docx.text('word/document.xml');
    // A4 with margins 37 / 35 / 28 / 26 mm, in twips.
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('总体看，规划纲要实施开局良好。');
    expect(xml).not.toContain('（一）经济运行');
    for (const heading of ['一、评估工作开展情况', '四、存在的主要问题', '五、下一步工作建议'])
      expect(xml).toContain(heading);
    expect(xml).toContain('市发展改革委主任 张三');
    expect(xml).toContain('<w:tblHeader/>');
    // 附表1: two header rows and one row per indicator.
    const first = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(first.match(/<w:tr>|<w:tr /g)?.length).toBe(2 + 31);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(
      docx.names.filter((entry) => /word\/media\/.+\.png$/.test(entry)).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('exports an Excel file with the 附表 laid out like the completion tables', async () => {
    const { page } = session;
    const path = `${FILES}/report-e2e.xlsx`;
    expect(await download(page, '导出 Excel', path)).toBe(`${TITLE}（2023年）.xlsx`);
    const workbook = XLSX.read(readFileSync(path), { type: 'buffer' });
    expect(workbook.SheetNames[0]).toBe('主要指标进展情况表');
    const sheet = workbook.Sheets['主要指标进展情况表']!;
    expect((sheet['!merges'] ?? []).length).toBeGreaterThan(5);
    const rows: unknown[][] = XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null });
    const gdp = rows.find((row) => row.some((value) => GDP.test(String(value))));
    expect(gdp).toContain(1200);
  });

  it('prints only the report: the print view hides the app around it', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.ant-layout-sider').isVisible()).toBe(false);
    await expect
      .poll(() => page.getByRole('button', { name: '导出 Word' }).isVisible())
      .toBe(false);
    await expect
      .poll(() => page.getByRole('button', { name: '编辑本节' }).first().isVisible())
      .toBe(false);
    await page.locator('.report-title', { hasText: TITLE }).waitFor();
    // What window.print (web) and printToPDF (Electron) produce from this view.
    const pdf = await page.pdf({ path: `${FILES}/report-e2e.pdf`, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
