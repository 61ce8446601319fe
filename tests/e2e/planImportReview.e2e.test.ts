import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../shared/domain/planBundle';
import { DOCUMENT_VARIANT, planTableModel } from '../../scripts/fixtures/planTableModel';
import { renderLayout } from '../helpers/planLayouts';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

// 景德镇's main table as a user pastes it from Excel (issue 11): a 序号 column and year headers.
function yearHeaderTable(): string {
  const path = join(__dirname, '../../seeds/generated/seed-jdz-14.json');
  const seed = JSON.parse(readFileSync(path, 'utf8')) as PlanBundle;
  let category = '';
  const rows = seed.indicators.map((item, index) => {
    const shown = item.category === category ? '' : item.category;
    category = item.category;
    const name = item.unit ? `${item.name}（${item.unit}）` : item.name;
    return [index + 1, shown, name, item.baseRaw, item.targetRaw, item.growthRaw, item.attribute];
  });
  const header = ['序号', '类别', '指标', '2020年', '2025年', '年均/累计', '属性'];
  return ['“十四五”主要指标', header, ...rows].map((row) => [row].flat().join('\t')).join('\n');
}

/**
 * 景德镇's main table as a Word document laid out like the plan (two-row header, merged 类别),
 * with one row that has figures but no name — a row the reader must list as left out.
 */
function wordFileWithNamelessRow(): string {
  const path = join(__dirname, '../../seeds/generated/seed-jdz-14.json');
  const seed = JSON.parse(readFileSync(path, 'utf8')) as PlanBundle;
  const model = planTableModel(seed, DOCUMENT_VARIANT);
  const nameless = ['综合质效', '', '12.5', '13', '', ''];
  const body = [...model.body.slice(0, 5), nameless, ...model.body.slice(5)];
  const file = renderLayout({ ...model, body }, 'docx');
  mkdirSync('test-results', { recursive: true });
  const out = 'test-results/jdz-14-table.docx';
  writeFileSync(out, file.bytes);
  return out;
}

describe('import review: the column mapping', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench();
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('shows the mapping of a pasted year-header table, lets a column be reassigned, saves 31', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: '粘贴指标表' }).click();
    await page.getByLabel('指标表文本').fill(yearHeaderTable());
    await page.getByRole('button', { name: '解析并核对' }).click();
    await page.getByText('各列的识别', { exact: false }).waitFor();
    const roles = page.locator(
      '.column-mapping-item .ant-select-content, .column-mapping-item .ant-select-selection-item',
    );
    await expect
      .poll(() => roles.allTextContents())
      .toEqual(['序号（不导入）', '类别', '指标名称', '基期值', '目标值', '年均/累计增长', '属性']);
    await expect.poll(() => page.getByText('第 4 列「2020年」').count()).toBe(1);
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(31);
    const gdp = page.locator('tr.ant-table-row', { hasText: '地区生产总值（GDP）' });
    await expect
      .poll(() => gdp.locator('.raw-cell').allTextContents())
      .toEqual(['957.14', '1200', '7 左右']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plans-import-mapping.png` });

    await page.getByLabel('第 4 列的含义').click();
    await page.locator('.ant-select-item-option', { hasText: '保留（不参与评估）' }).click();
    await expect.poll(() => gdp.locator('.raw-cell').allTextContents()).toEqual(['1200', '7 左右']);
    await expect.poll(() => page.getByText('已指定').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plans-import-reassigned.png` });

    await page.getByLabel('规划名称').fill('景德镇市主要指标（按年份表头粘贴）');
    await page.getByRole('button', { name: '保存为新规划' }).click();
    await page.getByText('景德镇市主要指标（按年份表头粘贴）', { exact: false }).first().waitFor();
    await page.locator('tr.ant-table-row', { hasText: '城镇登记失业率' }).waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(31);
  });

  it('shows the same review for a Word file: mapping, a column reassigned, a row left out blocks saving', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '规划管理' }).click();
    await page.getByRole('button', { name: '更多' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: '从文件导入（Word/PDF/Excel/网页）…' }).click();
    await (await chooser).setFiles(wordFileWithNamelessRow());
    await page
      .getByText('核对导入结果（来源：文件「jdz-14-table.docx」', { exact: false })
      .waitFor();
    await page.getByText('各列的识别', { exact: false }).waitFor();
    const roles = page.locator(
      '.column-mapping-item .ant-select-content, .column-mapping-item .ant-select-selection-item',
    );
    await expect
      .poll(() => roles.allTextContents())
      .toEqual(['类别', '指标名称', '基期值', '目标值', '年均/累计增长', '属性']);
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(31);
    await expect
      .poll(() => page.getByText('「综合质效 12.5 13」未导入', { exact: false }).count())
      .toBe(1);
    const save = page.getByRole('button', { name: '保存为新规划' });
    await expect.poll(() => save.isDisabled()).toBe(true);
    await page.getByText('已核对原表，这些行不是指标，可以不导入').click();
    await expect.poll(() => save.isDisabled()).toBe(false);

    const gdp = page.locator('tr.ant-table-row', { hasText: '地区生产总值（GDP）' });
    await expect
      .poll(() => gdp.locator('.raw-cell').allTextContents())
      .toEqual(['957.14', '1200', '7 左右']);
    await page.getByLabel('第 3 列的含义').click();
    await page.locator('.ant-select-item-option', { hasText: '保留（不参与评估）' }).click();
    await expect.poll(() => gdp.locator('.raw-cell').allTextContents()).toEqual(['1200', '7 左右']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plans-import-word-mapping.png` });
    await page.getByRole('button', { name: '放 弃' }).click();
  });
});
