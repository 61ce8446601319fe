import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const GDP = /地区生产总值[（(]GDP[）)]/;
const PRODUCTIVITY = '全员劳动生产率';
const EDUCATION = '劳动年龄人口平均受教育年限';

/** Types values into 数据填报's grid: [indicator, column (0 = 2020 base), text]. */
async function enterValues(
  page: Page,
  values: readonly (readonly [string | RegExp, number, string])[],
) {
  await page.getByRole('menuitem', { name: '数据填报' }).click();
  await page.locator('.entry-plan-select').click();
  await page.locator('.ant-select-item-option', { hasText: JDZ_14 }).click();
  await page.locator('.entry-grid tr', { hasText: GDP }).waitFor();
  for (const [indicator, col, text] of values) {
    const cell = page
      .locator('.entry-grid tr', { hasText: indicator })
      .first()
      .locator(`td[data-col="${col}"]`);
    await cell.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    if (indicator === values[0]?.[0] && col === values[0]?.[1]) {
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('姓名').fill('王芳');
      await dialog.getByRole('button', { name: '确 定' }).click();
    }
    await expect.poll(() => cell.textContent()).toBe(text);
  }
}

/** Picks an option of an antd Select found by its aria-label. */
async function choose(page: Page, label: string, option: string) {
  // Let an earlier dropdown close first: one fading out may offer the same option.
  const open = page.locator('.ant-select-dropdown:visible');
  if ((await open.count()) > 0) await page.keyboard.press('Escape');
  await expect.poll(() => open.count()).toBe(0);
  const select = page.getByLabel(label);
  await select.click();
  // By its exact title or text: a fading filter list may still offer 「符合预期（2）」 beside
  // 「符合预期」. Plain labels give the option a title; labels drawn as nodes only a text.
  const options = open.locator('.ant-select-item-option');
  const byTitle = open.locator(`.ant-select-item-option[title="${option}"]`);
  await byTitle
    .or(options.getByText(option, { exact: true }))
    .first()
    .click();
  // The chosen label shows in the select's content box (antd v6) before the form may go on.
  const content = page.locator('.ant-select-content', { has: select });
  await expect.poll(() => content.textContent()).toContain(option);
}

describe('评估分析 in web mode', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench();
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('judges the built-in 景德镇 completion table against its 2020 actuals', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '评估分析' }).click();
    await page.getByLabel('规划').click();
    await page.getByTitle('景德镇市“十三五”规划纲要主要指标完成情况').click();
    await page.getByText('2020年总结评估：36项主要指标中', { exact: false }).waitFor();
    const gdp = page.locator('tr.ant-table-row', { hasText: '地区生产总值' }).first();
    await expect.poll(() => gdp.locator('.ant-tag').textContent()).toBe('基本完成');
    await expect
      .poll(() => gdp.locator('.evaluation-explanation').textContent())
      .toBe(
        '2020年地区生产总值为957.14亿元，目标为1200亿元，2016—2020年年均增长7.4%（官方公布，可比价），为规划年均增长8.5%的87.1%，基本完成。',
      );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/evaluation-completion.png` });
  });

  it('switches to a mid-term reading of another year', async () => {
    const { page } = session;
    await page.getByLabel('评估年份').click();
    await page.getByTitle('2018年').click();
    await page.getByText('中期评估', { exact: true }).click();
    await page.getByText('2018年中期评估：', { exact: false }).waitFor();
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});

describe('评估分析 of the built-in 景德镇 14th plan with entered values', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  const rows = () => session.page.locator('.ant-table-tbody tr.ant-table-row');
  const row = (name: string | RegExp) => rows().filter({ hasText: name }).first();

  it('draws the verdict donut and the bars by category for 2022', async () => {
    const { page } = session;
    await enterValues(page, [
      [GDP, 1, '1102.3'],
      [GDP, 2, '1192.1'],
      [PRODUCTIVITY, 1, '9.3'],
      [PRODUCTIVITY, 2, '9.6'],
      ['常住人口城镇化率', 0, '65.02'],
      ['常住人口城镇化率', 2, '66.4'],
      [EDUCATION, 2, '10'],
    ]);
    await page.getByRole('menuitem', { name: '评估分析' }).click();
    await choose(page, '规划', JDZ_14);
    await page
      .getByText(
        '2022年中期评估：31项主要指标中，1项快于预期，1项符合预期，2项滞后，7项需人工研判，20项数据不足；其中约束性指标11项，1项滞后，7项需人工研判，3项数据不足。',
      )
      .waitFor();
    const donut = page.getByRole('img', { name: '判断结果分布图' });
    const bars = page.getByRole('img', { name: '分类别判断结果图' });
    await expect.poll(() => donut.locator('svg').count()).toBe(1);
    await expect.poll(() => donut.locator('svg text').allTextContents()).toContain('31');
    await expect.poll(() => bars.locator('svg text').allTextContents()).toContain('民生福祉');
    await expect
      .poll(() => row(GDP).locator('.progress-vs-time').getAttribute('aria-label'))
      .toBe('任务进度100.3%，时间进度40.0%');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/evaluation-charts.png` });
  });

  it('filters the table by verdict and attribute', async () => {
    const { page } = session;
    await choose(page, '按判断筛选', '滞后（2）');
    await page.keyboard.press('Escape');
    await expect.poll(() => rows().count()).toBe(2);
    await choose(page, '按属性筛选', '约束性（11）');
    await page.keyboard.press('Escape');
    await expect.poll(() => rows().allTextContents()).toHaveLength(1);
    await expect.poll(() => rows().first().textContent()).toContain(EDUCATION);
    await page.getByText('显示1项，共31项').waitFor();
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => rows().count()).toBe(31);
  });

  it('opens an indicator: trend chart, remaining need, and a saved chart image', async () => {
    const { page } = session;
    await row(PRODUCTIVITY).click();
    const drawer = page.locator('.indicator-detail');
    await drawer.getByText('剩余年份需要：2023—2025年需年均增长9.6%').waitFor();
    const trend = drawer.getByRole('img', { name: `${PRODUCTIVITY}走势图` });
    await expect.poll(() => trend.locator('svg text').allTextContents()).toContain('9.6');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name: '保存图片' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${PRODUCTIVITY}走势图.png`);
    const png = readFileSync((await download.path()) ?? '');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 640 × 360 at 2×: the IHDR width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
  });

  it('overrides the verdict with a reason, keeps the automatic one visible, and withdraws it', async () => {
    const { page } = session;
    const drawer = page.locator('.indicator-detail');
    const save = drawer.getByRole('button', { name: '保存研判' });
    await choose(page, '研判结论', '符合预期');
    expect(await save.isDisabled()).toBe(true);
    await drawer.getByLabel('研判理由').fill('2022年受疫情影响，按可比口径测算基本符合预期');
    await save.click();
    await drawer.locator('.override-in-force').getByText('符合预期（人工研判）').waitFor();
    await drawer.getByText('王芳于', { exact: false }).waitFor();
    await expect
      .poll(() => drawer.getByText('自动判断：').locator('.ant-tag').textContent())
      .toBe('滞后');
    await expect
      .poll(() => row(PRODUCTIVITY).locator('.ant-tag').textContent())
      .toBe('符合预期（人工研判）');
    // The override's reason replaces the automatic sentence in the table (issue 15 item 8).
    await expect
      .poll(() => row(PRODUCTIVITY).locator('.evaluation-explanation').textContent())
      .toBe('人工研判理由：2022年受疫情影响，按可比口径测算基本符合预期');
    await page
      .getByText('2022年中期评估：31项主要指标中，1项快于预期，2项符合预期，1项滞后', {
        exact: false,
      })
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/evaluation-override.png` });
    await drawer.getByRole('button', { name: '撤销人工研判' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '撤 销' }).click();
    await expect.poll(() => row(PRODUCTIVITY).locator('.ant-tag').textContent()).toBe('滞后');
    await expect.poll(() => drawer.locator('.override-in-force').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
