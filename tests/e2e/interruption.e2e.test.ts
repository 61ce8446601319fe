/**
 * Robustness in web mode (issues 5 and 7): the page closed in the middle of a template import or
 * of a restore leaves the database as it was; an emptied database with automatic backups offers
 * the newest one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackup } from '../../shared/backup/buildBackup';
import type { PlanBundle } from '../../shared/domain/planBundle';
import { buildDataTemplate } from '../../shared/importers/xlsxDataTemplateBuild';
import {
  makeBenchActuals,
  makeBenchChangeLog,
  makeBenchPlan,
  makeBenchTables,
  type BenchPlan,
} from '../../scripts/bench/browserFixtures';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const JDZ_14 = '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const FILES = `${SCREENSHOT_DIR}/..`;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const NOW = new Date('2026-11-22T08:00:00.000Z');
const PLAN_2000 = benchPlan(2000);

type Counts = Record<string, number>;

/** Row counts of every table of a database, read with the raw API. */
function countTables(page: Page, name = 'plan-evaluation-workbench'): Promise<Counts> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      counts[store] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  }, name);
}

/** The benchmark's plan of `count` indicators made from 景德镇's real rows (scripts/bench). */
function benchPlan(count: number): BenchPlan {
  const seed = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
  return makeBenchPlan(seed, 1, count, NOW);
}

/** A backup file holding one plan (and the user's name, so no name prompt appears). */
function writePlanBackup(path: string, plan: BenchPlan, withValues: boolean): void {
  const tables = makeBenchTables({
    plans: [plan],
    actuals: withValues ? makeBenchActuals(plan) : [],
    changeLog: makeBenchChangeLog([plan], NOW),
    now: NOW,
  });
  writeFileSync(path, buildBackup(tables, { appVersion: '0.1.0', schemaVersion: 2, now: NOW }));
}

/** The plan's data template with every indicator-year filled. */
async function writeFilledTemplate(path: string, { plan, indicators }: BenchPlan): Promise<void> {
  const values = makeBenchActuals({ plan, indicators });
  writeFileSync(
    path,
    await buildDataTemplate(plan, indicators, values, { years: YEARS, now: NOW }),
  );
}

async function chooseBackup(page: Page, path: string): Promise<void> {
  await page.getByRole('menuitem', { name: '系统设置' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('button', { name: '替换为备份数据' }).waitFor();
}

/**
 * Clicks the button that starts the write, waits until it shows it is busy (the transaction is
 * under way: the dialog closes once it has committed), closes the page, and opens the app again
 * in the same browser profile.
 */
async function closeMidWay(session: BrowserSession, page: Page, button: Locator): Promise<Page> {
  await button.click();
  await page.locator('.ant-modal .ant-btn-loading').waitFor({ timeout: 10_000 });
  await page.close();
  const next = await session.context.newPage();
  await next.goto(session.baseUrl);
  await next.locator('.app-content').waitFor();
  return next;
}

describe('interrupted writes and lost data in web mode', () => {
  let session: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    session = await openWorkbench();
    page = session.page;
    writePlanBackup(`${FILES}/synthetic-plan.json`, PLAN_2000, false);
    writePlanBackup(`${FILES}/synthetic-large.json`, benchPlan(8000), true);
    // The template is filled with values, then imported into the plan without them.
    await writeFilledTemplate(`${FILES}/synthetic-template.xlsx`, PLAN_2000);
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('offers the newest automatic backup when the database is found empty', async () => {
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    // Web mode writes the daily backup at start into its own browser database.
    await expect
      .poll(async () => (await countTables(page, 'plan-evaluation-workbench-backups')).backups)
      .toBe(1);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('plan-evaluation-workbench');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    await page.getByText('本机没有数据，但找到了自动备份').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/restore-offer.png` });
    await page.getByRole('button', { name: '从最新备份恢复' }).click();
    await page.getByRole('link', { name: JDZ_14 }).waitFor();
    expect((await countTables(page)).plans).toBe(6);
  });

  it('restores a 2,000-indicator plan to import into', async () => {
    await chooseBackup(page, `${FILES}/synthetic-plan.json`);
    await page.getByRole('button', { name: '替换为备份数据' }).click();
    await page.getByText('已从备份「synthetic-plan.json」恢复全部数据').waitFor();
    expect(await countTables(page)).toMatchObject({ plans: 1, indicators: 2000, actualValues: 0 });
  });

  it('draws only the rows in view of a 2,000-indicator grid, and the others on scrolling', async () => {
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    const rows = page.locator('.entry-grid tbody tr:not(.entry-spacer)');
    await rows.first().waitFor();
    expect(await rows.count()).toBeLessThan(200);
    await page.locator('.entry-grid').evaluate((grid) => {
      grid.scrollTop = grid.scrollHeight;
    });
    const last = page.locator('.entry-grid tr', { hasText: PLAN_2000.indicators.at(-1)?.name });
    await expect.poll(() => last.isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/entry-grid-windowed.png` });
    await page.locator('.entry-grid').evaluate((grid) => {
      grid.scrollTop = 0;
    });
    await page.locator('.entry-grid tr', { hasText: PLAN_2000.indicators[0]?.name }).waitFor();
    // The keyboard reaches rows outside the drawn window: 300 rows down from the first.
    await page.locator('.entry-grid td[data-row="0"][data-col="1"]').click();
    for (let i = 0; i < 300; i += 1) await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('.entry-grid td[data-row="300"][data-col="1"]').isVisible())
      .toBe(true);
    expect(
      await page
        .locator('.entry-grid td[data-row="300"][data-col="1"]')
        .getAttribute('aria-selected'),
    ).toBe('true');
  });

  it('leaves the database as it was when the page closes in the middle of an import', async () => {
    const before = await countTables(page);
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await page.locator('.entry-grid tbody tr').first().waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入填报模板' }).click();
    await (await chooser).setFiles(`${FILES}/synthetic-template.xlsx`);
    const apply = page.getByRole('button', { name: '导入 10000 个单元格' });
    await apply.waitFor({ timeout: 60_000 });
    page = await closeMidWay(session, page, apply);
    const after = await countTables(page);
    // The reopened page installs the built-in work-item lists once (the restored database predates
    // them): that start-up write is not the import's, so those tables are compared apart.
    expect(withoutStartupInstall(after)).toEqual(withoutStartupInstall(before));
    expect(after.workItemProgress).toBe(0);
  });

  it('leaves the database as it was when the page closes in the middle of a restore', async () => {
    const before = await countTables(page);
    await chooseBackup(page, `${FILES}/synthetic-large.json`);
    const replace = page.getByRole('button', { name: '替换为备份数据' });
    page = await closeMidWay(session, page, replace);
    expect(await countTables(page)).toEqual(before);
    expect(session.foreignRequests).toEqual([]);
  });
});

/** Table counts without those the one-time install of built-in work items writes at start. */
function withoutStartupInstall(counts: Record<string, number>): Record<string, number> {
  const rest = { ...counts };
  for (const table of ['meta', 'workItemLists', 'workItems', 'workItemChangeLog'])
    delete rest[table];
  return rest;
}
