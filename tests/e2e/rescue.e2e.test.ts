/**
 * Issue 16: a poisoned backup is refused before anything is written, and an app whose database
 * holds a row it cannot show still offers 导出当前数据 and 恢复备份 on its error screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const POISONED = 'tests/fixtures/poisoned/target-kind-x.json';
const GOOD_BACKUP = `${SCREENSHOT_DIR}/../rescue-e2e-good.json`;

/** Number of rows in each store of the app's database, read with the raw IndexedDB API. */
function countRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plan-evaluation-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Array.from(db.objectStoreNames);
    const store = db.transaction(names, 'readonly');
    const counts: Record<string, number> = {};
    for (const name of names) {
      counts[name] = await new Promise<number>((resolve) => {
        const request = store.objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return counts;
  });
}

/** Writes `target: {kind: 'x'}` into the first indicator of a plan, behind the app's back. */
function poisonFirstIndicator(page: Page, planName: string): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('plan-evaluation-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const done = (request: IDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const plans = (await done(db.transaction('plans').objectStore('plans').getAll())) as {
      id: string;
      name: string;
    }[];
    const planId = plans.find((plan) => plan.name === name)!.id;
    const store = db.transaction('indicators', 'readwrite').objectStore('indicators');
    const rows = (await done(store.index('planId').getAll(planId))) as {
      id: string;
      order: number;
    }[];
    const first = rows.sort((a, b) => a.order - b.order)[0]!;
    await done(store.put({ ...first, target: { kind: 'x' } }));
    db.close();
    return planId;
  }, planName);
}

describe('rescue from poisoned data (issue 16)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('refuses a backup whose indicator has an unknown target kind, changing nothing', async () => {
    const { page } = session;
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    const before = await countRows(page);
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从备份恢复…' }).click();
    await (await chooser).setFiles(POISONED);
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.locator('.ant-modal-confirm-title', { hasText: '无法从该文件恢复' }).waitFor();
    await dialog
      .getByText('「指标」表第 1 条记录（「地区生产总值（GDP）」）的字段「target.kind」', {
        exact: false,
      })
      .waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/rescue-poisoned-backup.png` });
    await dialog.getByRole('button').click();
    expect(await countRows(page)).toEqual(before);
  });

  it('keeps a good backup to come back to', async () => {
    const { page } = session;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出备份' }).click();
    await (await download).saveAs(GOOD_BACKUP);
  });

  it('starts on a database holding a bad row and reaches 恢复备份', async () => {
    const { page, baseUrl } = session;
    const planId = await poisonFirstIndicator(page, JDZ_14);
    await page.goto(`${baseUrl}#/plans/${encodeURIComponent(planId)}`);
    await page.reload();
    await page.getByText('界面出现错误').waitFor();
    await page.getByRole('button', { name: '导出当前数据' }).waitFor();
    await page.getByText('恢复备份：自动备份').waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/rescue-error-screen.png` });

    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出当前数据' }).click();
    expect((await saved).suggestedFilename()).toMatch(/^出错时的数据-规划评估工作台备份-/);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '恢复备份（选择文件）…' }).click();
    await (await chooser).setFiles(GOOD_BACKUP);
    await page.getByText('恢复将替换当前全部数据', { exact: false }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/rescue-confirm.png` });
    await page.getByRole('button', { name: '替换为备份数据' }).click();
    await page.getByText('地区生产总值', { exact: false }).first().waitFor();
    await expect.poll(() => page.getByText('界面出现错误').count()).toBe(0);
  });
});
