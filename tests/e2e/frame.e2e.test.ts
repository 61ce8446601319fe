import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, SCREENSHOT_DIR, type BrowserSession } from './helpers/browser';

const SECTIONS = [
  { nav: '规划管理', heading: '规划管理', hash: '#/plans' },
  { nav: '数据填报', heading: '数据填报', hash: '#/data-entry' },
  { nav: '评估分析', heading: '评估分析', hash: '#/evaluation' },
  { nav: '重点任务', heading: '重点任务', hash: '#/work-items' },
  { nav: '评估报告', heading: '评估报告', hash: '#/report' },
  { nav: '系统设置', heading: '系统设置', hash: '#/settings' },
];

describe('the app frame in web mode', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openWorkbench();
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('opens on 规划管理 with the Chinese title', async () => {
    const { page } = session;
    await expect.poll(() => page.title()).toBe('规划评估工作台');
    await page.getByRole('heading', { level: 3, name: '规划管理' }).waitFor();
    expect(page.url()).toContain('#/plans');
  });

  it('visits every section from the left navigation', async () => {
    const { page } = session;
    for (const section of SECTIONS) {
      await page.getByRole('menuitem', { name: section.nav }).click();
      await page.getByRole('heading', { level: 3, name: section.heading }).waitFor();
      expect(page.url()).toContain(section.hash);
      await page.mouse.move(700, 700);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/frame-${section.hash.slice(2)}.png` });
    }
  });

  it('shows the version in the About dialog', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '关于' }).click();
    const dialog = page.getByRole('dialog', { name: '关于 规划评估工作台' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByText(/^\d+\.\d+\.\d+$/).textContent())
      .toMatch(/^\d+\.\d+\.\d+$/);
    await expect.poll(() => dialog.getByText('浏览器（网页模式）').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/frame-about.png` });
    await dialog.getByRole('button', { name: '确 定' }).click();
  });

  it('enforces the CSP: an injected inline script does not run', async () => {
    const { page } = session;
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.violatedDirective),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        ran: (window as unknown as { __injected?: boolean }).__injected === true,
        violations,
      };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations[0]).toMatch(/^script-src/);
    // The expected violation is logged to the console; it is not an app error.
    session.pageErrors.splice(0);
  });

  it('makes no network request outside the local web build and logs no errors', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
