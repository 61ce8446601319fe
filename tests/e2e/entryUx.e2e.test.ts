import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

// Issue 15 (Excel-grade entry and screens) and issue 11 item 6 (one current plan), at 1366×768.
const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const FILES = `${SCREENSHOT_DIR}/..`;

function at(page: Page, row: number, col: number) {
  return page.locator(`.entry-grid td[data-row="${row}"][data-col="${col}"]`);
}

async function chooseEntryPlan(page: Page, name: string) {
  await page.getByRole('menuitem', { name: '数据填报' }).click();
  await page.locator('.current-plan-select').click();
  await page.locator('.ant-select-item-option', { hasText: name }).first().click();
  await at(page, 0, 1).waitFor();
}

/** Dispatches a paste as Excel puts it on the clipboard. */
async function pasteText(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document
      .querySelector('.entry-grid')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
  }, text);
}

/**
 * The change-log rows of the app's database, read with the raw IndexedDB API, each with the
 * number of cells it logs (a row logs one indicator's cells of one write, decision 0050).
 */
async function changeLog(
  page: Page,
): Promise<{ id: string; action: string; at: string; cells: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('plan-evaluation-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('changeLog').objectStore('changeLog').getAll();
          request.onsuccess = () => {
            type Row = { id: string; action: string; at: string; before: string | null };
            const rows = request.result as Row[];
            const cellsOf = (json: string | null) => {
              const logged: unknown = json === null ? null : JSON.parse(json);
              return Array.isArray(logged) ? logged.length : 1;
            };
            resolve(rows.map((row) => ({ ...row, cells: cellsOf(row.before) })));
            open.result.close();
          };
        };
      }),
  );
}

/** Polls with room for a busy machine (the default second is too short under load). */
function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000 });
}

async function settle(page: Page) {
  await page.waitForTimeout(500);
}

describe('数据填报 as in Excel (1366×768)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('shows the order of work on the plan list at first start', async () => {
    const { page } = session;
    const hint = page.locator('.first-run-hint');
    await hint.getByText('先从内置规划创建或粘贴指标表').waitFor();
    await expect
      .poll(() => hint.locator('.ant-steps-item-title').allTextContents())
      .toEqual(['添加规划', '数据填报', '评估分析', '评估报告']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-first-run-1366.png` });
  });

  it('asks the name on first save without losing the typed value', async () => {
    const { page } = session;
    await chooseEntryPlan(page, JDZ_14);
    await at(page, 0, 1).click();
    await page.keyboard.type('1030');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').waitFor();
    // The focus is in the name box: what is typed next is the name.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('姓名');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').getByText('请填写姓名', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-name-prompt-1366.png` });
    await dialog.getByRole('button', { name: '取 消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => page.locator('.entry-editor').inputValue()).toBe('1030');
    await page.locator('.entry-cell-error', { hasText: '尚未保存' }).waitFor();
    await page.locator('.entry-editor').press('Enter');
    await dialog.getByLabel('姓名').fill('王芳');
    await page.keyboard.press('Enter');
    await poll(() => at(page, 0, 1).textContent()).toBe('1030');
    expect(session.pageErrors).toEqual([]);
  });

  it('selects a 3×4 block, copies it as tab-separated text, clears it in one undo step', async () => {
    const { page } = session;
    await at(page, 0, 1).click();
    await pasteText(
      page,
      '1030\t1102.3\t1180\t1260\r\n9.8\t10.6\t11.3\t12\r\n7.2\t7.5\t7.8\t7\r\n',
    );
    await poll(() => at(page, 2, 4).textContent()).toBe('7');
    await at(page, 0, 1).click();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight'])
      await page.keyboard.press(`Shift+${key}`);
    await poll(() => page.locator('.entry-grid td[aria-selected="true"]').count()).toBe(12);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-block-1366.png` });

    // What the copy put on the clipboard, read as the event leaves the page.
    await page.evaluate(() => {
      const store = window as unknown as { copied?: { text: string; html: string } };
      window.addEventListener('copy', (event) => {
        store.copied = {
          text: event.clipboardData?.getData('text/plain') ?? '',
          html: event.clipboardData?.getData('text/html') ?? '',
        };
      });
    });
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(
      () => (window as unknown as { copied?: { text: string; html: string } }).copied,
    );
    expect(copied?.text).toBe(
      '1030\t1102.3\t1180\t1260\r\n9.8\t10.6\t11.3\t12\r\n7.2\t7.5\t7.8\t7',
    );
    expect(copied?.html).toContain('<tr><td>9.8</td><td>10.6</td><td>11.3</td><td>12</td></tr>');

    const clearedRows = async () =>
      (await changeLog(page)).filter((e) => e.action === '清除实际值');
    const clearedBefore = new Set((await clearedRows()).map((e) => e.id));
    await page.keyboard.press('Delete');
    await page.getByText('已清除 12 个单元格').waitFor();
    await poll(() => at(page, 1, 2).textContent()).toBe('');
    const cleared = (await clearedRows()).filter((e) => !clearedBefore.has(e.id));
    expect(cleared.reduce((sum, e) => sum + e.cells, 0)).toBe(12);
    expect(new Set(cleared.map((e) => e.at)).size).toBe(1);
    await page.keyboard.press('Control+z');
    await poll(() => at(page, 0, 1).textContent()).toBe('1030');
    await poll(() => at(page, 2, 4).textContent()).toBe('7');
    await poll(() => at(page, 1, 2).textContent()).toBe('10.6');
  });

  it('selects every year cell with Ctrl+A and a block by dragging', async () => {
    const { page } = session;
    await at(page, 5, 2).click();
    await page.keyboard.press('Control+a');
    await expect
      .poll(() => page.locator('.entry-grid td[aria-selected="true"]').count())
      .toBe(31 * 6);
    await at(page, 3, 1).scrollIntoViewIfNeeded();
    const from = await at(page, 3, 1).boundingBox();
    const to = await at(page, 4, 3).boundingBox();
    await page.mouse.move(from!.x + 10, from!.y + 10);
    await page.mouse.down();
    await page.mouse.move(to!.x + 10, to!.y + 10, { steps: 4 });
    await page.mouse.up();
    await poll(() => page.locator('.entry-grid td[aria-selected="true"]').count()).toBe(6);
  });

  it('returns to the starting column after Tab, Tab, Enter', async () => {
    const { page } = session;
    await at(page, 3, 1).click();
    await page.keyboard.type('8.1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('8.3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await poll(() => at(page, 4, 1).getAttribute('class')).toContain('is-active');
    await poll(() => at(page, 3, 2).textContent()).toBe('8.3');
  });

  it('shows a status legend and names an older data year in the verdict column', async () => {
    const { page } = session;
    const legend = page.getByLabel('数据状态图例');
    await legend.getByText('新填数值默认为「快报数」', { exact: false }).waitFor();
    await poll(() => at(page, 0, 1).getAttribute('class')).toContain('status-flash');
    // Row 3 has data up to 2022, the column judges 2024.
    const verdictYear = page.locator('.entry-grid tbody tr').nth(3).locator('.entry-verdict-year');
    await poll(() => verdictYear.textContent()).toBe('2022年数据');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-grid-1366.png` });
  });

  it('keeps the undo history after leaving the page and after a reload', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '评估分析' }).click();
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    const undo = page.getByRole('button', { name: '撤销' });
    await poll(() => undo.isEnabled()).toBe(true);
    await page.reload();
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await poll(() => at(page, 3, 2).textContent()).toBe('8.3');
    await poll(() => undo.isEnabled()).toBe(true);
    await undo.click();
    await poll(() => at(page, 3, 2).textContent()).toBe('');
  });

  it('keeps one current plan across the pages and across a reload', async () => {
    const { page } = session;
    const other = '抚州';
    await chooseEntryPlan(page, other);
    const chosen = await page.locator('.current-plan-select .ant-select-content').textContent();
    expect(chosen).toContain(other);
    for (const section of ['评估分析', '评估报告']) {
      await page.getByRole('menuitem', { name: section }).click();
      await settle(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-current-${section}.png` });
      await expect
        .poll(() => page.locator('.current-plan-select .ant-select-content').textContent())
        .toBe(chosen);
    }
    await page.reload();
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await expect
      .poll(() => page.locator('.current-plan-select .ant-select-content').textContent())
      .toBe(chosen);
    await chooseEntryPlan(page, JDZ_14);
  });

  it('exports a department template that reads back as a form', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '导出填报模板' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '填报范围' });
    await dialog.getByLabel('填报范围').click();
    await page.locator('.ant-select-item-option', { hasText: '全部指标' }).click();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导 出' }).click();
    const path = `${FILES}/entryUx-template.xlsx`;
    await (await download).saveAs(path);
    const bytes = new Uint8Array(readFileSync(path));
    const workbook = XLSX.read(bytes, { type: 'array', cellStyles: true });
    const sheet = workbook.Sheets['数据填报']!;
    const fill = (address: string) =>
      (sheet[address]?.s as { fgColor?: { rgb?: string } } | undefined)?.fgColor?.rgb;
    const header: unknown[] = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 })[2] ?? [];
    // 「2021年（填报）」 spans the year's 数值 | 增速(%) | 状态 (decision 0045).
    const first = header.indexOf('2021年（填报）');
    const column = XLSX.utils.encode_col(first);
    const status = XLSX.utils.encode_col(first + 2);
    expect(sheet[`${column}5`]).toMatchObject({ t: 'n', v: 1030 });
    expect(sheet[`${status}5`]).toMatchObject({ v: '快报数' });
    expect(fill(`${column}5`)).toBe('FFF2CC');
    // An empty input cell (the base year's 增速) is shaded too.
    expect(sheet['H5']?.v).toBeUndefined();
    expect(fill('H5')).toBe('FFF2CC');
    expect(fill('C5')).toBeUndefined();
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    const xml = Buffer.from(
      XLSX.CFB.find(cfb, '/xl/worksheets/sheet1.xml')!.content as Uint8Array,
    ).toString('utf8');
    // One drop-down per status column over the 31 indicators' rows (exceljs escapes the quotes).
    expect(xml).toContain(
      `sqref="${status}5:${status}35"><formula1>&quot;预计数,快报数,年报数,核实数&quot;</formula1>`,
    );
    expect(xml).toContain('state="frozen"');
    expect(xml).toContain('orientation="landscape" fitToWidth="1" fitToHeight="2"');
  });
});

describe('screens at 1366×768 and 1920×1080', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('fits the edit-indicator dialog on a 768-pixel screen; Esc closes only a drop-down', async () => {
    const { page } = session;
    await page.getByRole('link', { name: JDZ_14 }).click();
    const gdp = page.locator('tr.ant-table-row', { hasText: '地区生产总值（GDP）' });
    await gdp.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog');
    const save = dialog.getByRole('button', { name: '保 存' });
    await save.waitFor();
    await settle(page);
    const box = await save.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-edit-dialog-1366.png` });
    await dialog.getByLabel('方向').click();
    await page.locator('.ant-select-dropdown:visible').waitFor();
    await page.keyboard.press('Escape');
    await poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await settle(page);
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('keeps 依据说明 in view at 1366 px', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '评估分析' }).click();
    const explanation = page.locator('.evaluation-explanation').first();
    await explanation.waitFor();
    const box = await explanation.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    expect(box!.width).toBeGreaterThan(250);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-evaluation-1366.png` });
  });

  it('tells the browser user to choose 另存为 PDF, and numbers the appendix notes', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '评估报告' }).click();
    await page.locator('.report-table-note').first().waitFor();
    await poll(() => page.locator('.report-table-note').first().textContent()).toMatch(/^注：1\. /);
    await poll(() => page.locator('.report-table-note').nth(1).textContent()).toMatch(/^2\. /);
    await page.getByRole('button', { name: '打印 / 导出 PDF' }).click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.getByText('另存为 PDF', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-print-hint-1366.png` });
    await dialog.getByRole('button', { name: '取 消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${FILES}/entryUx-report.pdf`, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    expect(session.pageErrors).toEqual([]);
  });

  it('takes the same screens at 1920×1080', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const [section, name] of [
      ['数据填报', 'entry'],
      ['评估分析', 'evaluation'],
      ['规划管理', 'plans'],
    ] as const) {
      await page.getByRole('menuitem', { name: section }).click();
      await settle(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/entryUx-${name}-1920.png` });
    }
  });
});
