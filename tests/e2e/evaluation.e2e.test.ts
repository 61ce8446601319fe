import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

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
