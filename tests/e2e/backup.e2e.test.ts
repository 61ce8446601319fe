import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const GDP = /地区生产总值[（(]GDP[）)]/;
const BACKUP_PATH = `${SCREENSHOT_DIR}/../backup-e2e.json`;
const TRUNCATED_PATH = `${SCREENSHOT_DIR}/../backup-e2e-truncated.json`;

/** The tables in the order the restore dialog counts them. */
const COUNTED_TABLES = [
  'plans',
  'indicators',
  'actualValues',
  'officialAssessments',
  'changeLog',
  'settings',
  'meta',
  'verdictOverrides',
  'reportSections',
  'workItemLists',
  'workItems',
  'workItemProgress',
  'workItemChangeLog',
  'followUps',
];

type Dump = Record<string, Record<string, unknown>[]>;

/** Every table of the app's IndexedDB, read with the raw API (rows in key order). */
function dumpDatabase(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plan-evaluation-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Array.from(db.objectStoreNames);
    const transaction = db.transaction(names, 'readonly');
    const dump: Record<string, Record<string, unknown>[]> = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              dump[name] = request.result as Record<string, unknown>[];
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return dump;
  });
}

function gdpCell(page: Page, col: number) {
  return page.locator('.entry-grid tr', { hasText: GDP }).locator(`td[data-col="${col}"]`);
}

async function openJdzEntry(page: Page) {
  await page.getByRole('menuitem', { name: '数据填报' }).click();
  await page.locator('.entry-plan-select').click();
  await page.locator('.ant-select-item-option', { hasText: JDZ_14 }).click();
  await page.locator('.entry-grid tr', { hasText: GDP }).waitFor();
}

async function openSettings(page: Page) {
  await page.getByRole('menuitem', { name: '系统设置' }).click();
  await page.getByRole('button', { name: '导出备份' }).waitFor();
}

/** Lets antd's dialog and message animations finish before a screenshot. */
async function settle(page: Page) {
  await page.waitForTimeout(600);
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: 10_000 });
}

async function chooseBackupFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles(path);
}

describe('备份与恢复 in web mode', () => {
  let session: BrowserSession;
  let beforeBackup: Dump;
  let afterDelete: Dump;
  beforeAll(async () => {
    session = await openWorkbench();
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('sets the 填报人 and shows the reminder that browser data can be cleared', async () => {
    const { page } = session;
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    await openSettings(page);
    await page.getByText('网页模式下，数据只保存在本浏览器中').waitFor();
    await page.getByText('上次导出备份：尚未导出过备份', { exact: false }).waitFor();
    await page.getByLabel('填报人姓名').fill('王芳');
    await page.getByRole('button', { name: '保 存' }).click();
    await page.getByText('填报人已设为「王芳」').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/backup-settings.png` });
  });

  it('enters a value, then exports a backup as a download', async () => {
    const { page } = session;
    await openJdzEntry(page);
    await gdpCell(page, 1).click();
    await page.keyboard.type('1030');
    await page.keyboard.press('Enter');
    await expect.poll(() => gdpCell(page, 1).textContent()).toBe('1030');
    beforeBackup = await dumpDatabase(page);

    await openSettings(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出备份' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^规划评估工作台备份-\d{8}-\d{6}\.json$/);
    await file.saveAs(BACKUP_PATH);
    await page.getByText('已导出备份', { exact: false }).waitFor();
    await expect
      .poll(() => page.locator('.settings-backup-reminder').textContent())
      .toMatch(/上次导出备份：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  });

  it('deletes the plan in 规划管理', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '规划管理' }).click();
    const row = page.locator('tr.ant-table-row', { hasText: JDZ_14 });
    await row.getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删 除' }).click();
    await row.waitFor({ state: 'detached' });
    afterDelete = await dumpDatabase(page);
    expect(afterDelete.plans).toHaveLength(beforeBackup.plans!.length - 1);
  });

  it('refuses a truncated backup with a Chinese error and changes nothing', async () => {
    const { page } = session;
    const bytes = readFileSync(BACKUP_PATH);
    writeFileSync(TRUNCATED_PATH, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await openSettings(page);
    await chooseBackupFile(page, TRUNCATED_PATH);
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.locator('.ant-modal-confirm-title', { hasText: '无法从该文件恢复' }).waitFor();
    await dialog.getByText('不是有效的备份文件：无法按 JSON 读取', { exact: false }).waitFor();
    await dialog.getByText('当前数据未做任何改动', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/backup-corrupted.png` });
    await dialog.getByRole('button').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await dumpDatabase(page)).toEqual(afterDelete);
  });

  it('restores the backup after showing what it holds and what it replaces', async () => {
    const { page } = session;
    await chooseBackupFile(page, BACKUP_PATH);
    const dialog = page.locator('.ant-modal-confirm');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '从备份恢复：将替换当前全部数据' })
      .waitFor();
    await dialog.getByText(JDZ_14).waitFor();
    // One row per table: its label, the count in the backup, the count it replaces.
    const counts = dialog.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => counts.count()).toBe(COUNTED_TABLES.length);
    await expect
      .poll(() => counts.locator('td:nth-child(2)').allTextContents())
      .toEqual(COUNTED_TABLES.map((table) => String(beforeBackup[table]!.length)));
    await expect
      .poll(() => counts.locator('td:nth-child(3)').allTextContents())
      .toEqual(COUNTED_TABLES.map((table) => String(afterDelete[table]!.length)));
    await expect.poll(() => counts.nth(6).locator('td').first().textContent()).toBe('关于本机');
    // The comparison fits the dialog: no horizontal scrolling.
    const fits = await dialog
      .locator('.restore-preview-counts .ant-table-content, .restore-preview-counts table')
      .first()
      .evaluate((node) => node.scrollWidth <= node.clientWidth + 1);
    expect(fits).toBe(true);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/backup-confirm.png` });
    await dialog.getByRole('button', { name: '替换为备份数据' }).click();
    await page.getByText('已从备份「backup-e2e.json」恢复全部数据').waitFor();

    const restored = await dumpDatabase(page);
    for (const table of ['plans', 'indicators', 'actualValues', 'officialAssessments', 'settings'])
      expect(restored[table], table).toEqual(beforeBackup[table]);
    const withoutLastBackup = (rows: Dump[string]) => rows.filter((r) => r.key !== 'lastBackupAt');
    expect(withoutLastBackup(restored.meta!)).toEqual(withoutLastBackup(beforeBackup.meta!));
    const restoreEntries = restored.changeLog!.filter((entry) => entry.action === '从备份恢复');
    expect(restoreEntries).toMatchObject([{ user: '王芳', origin: { type: 'restore' } }]);
    expect(JSON.parse(restoreEntries[0]!.after as string)).toEqual({
      fileName: 'backup-e2e.json',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      plans: beforeBackup.plans!.length,
      actualValues: beforeBackup.actualValues!.length,
    });
    expect(restored.changeLog!.filter((entry) => entry.action !== '从备份恢复')).toEqual(
      expect.arrayContaining(beforeBackup.changeLog!),
    );
    expect(restored.changeLog).toHaveLength(beforeBackup.changeLog!.length + 1);
  });

  it('shows the plan and the typed value again', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '规划管理' }).click();
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    await openJdzEntry(page);
    await expect.poll(() => gdpCell(page, 1).textContent()).toBe('1030');
    await openSettings(page);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/backup-restored.png` });
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses data written by a newer version at start, with the way out, changing nothing', async () => {
    const { page } = session;
    const before = await dumpDatabase(page);
    // What schema version 4 would leave: Dexie stores schema version n as IndexedDB version 10·n.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('plan-evaluation-workbench', 40);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    await page.getByText('本机数据由更新版本的规划评估工作台写入').waitFor();
    await page.getByText('请安装最新版本的规划评估工作台后再打开', { exact: false }).waitFor();
    await page.getByText('当前程序只支持到第 3 版', { exact: false }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/backup-newer-version.png` });
    expect(await dumpDatabase(page)).toEqual(before);
  });
});
