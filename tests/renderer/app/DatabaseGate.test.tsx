import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseGate } from '../../../renderer/src/app/DatabaseGate';
import { Providers } from '../../../renderer/src/app/providers';
import { DB_NAME, getDb } from '../../../renderer/src/db/db';
import { failOpenWith, failWritesWithQuotaExceeded } from '../../helpers/failingIndexedDb';

const APP_TEXT = '应用内容';
let root: Root | null = null;
let restore: () => void = () => undefined;

// The gate settles on IndexedDB callbacks, outside anything act() could wrap: the tests render
// without act and wait for the text to appear, as a user would.
afterEach(async () => {
  restore();
  restore = () => undefined;
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
  getDb().close();
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve;
  });
});

function renderGate(): void {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(
    <Providers>
      <DatabaseGate>
        <p>{APP_TEXT}</p>
      </DatabaseGate>
    </Providers>,
  );
}

/** Waits until the page shows `text` (the gate settles asynchronously). */
async function shows(text: string): Promise<void> {
  await vi.waitFor(() => expect(document.body.textContent).toContain(text), { timeout: 5000 });
}

describe('DatabaseGate', () => {
  it('explains a browser without IndexedDB and offers a reload instead of a blank screen', async () => {
    const saved = globalThis.indexedDB;
    Reflect.deleteProperty(globalThis, 'indexedDB');
    restore = () => Object.assign(globalThis, { indexedDB: saved });
    renderGate();
    await shows('无法打开本地数据库');
    expect(document.body.textContent).toContain('无法使用本机数据库');
    expect(document.body.textContent).toContain('也可以改用桌面版规划评估工作台');
    expect(document.querySelector('button')?.textContent).toBe('重新加载');
    expect(document.body.textContent).not.toContain(APP_TEXT);
  });

  it('explains a private window whose IndexedDB refuses to open', async () => {
    restore = failOpenWith('InvalidStateError', 'A mutation operation was attempted on a database');
    renderGate();
    await shows('无法打开本地数据库');
    expect(document.body.textContent).toContain('请用普通（非无痕）窗口打开');
    expect(document.body.textContent).not.toContain(APP_TEXT);
  });

  it('says the disk is full when the first start cannot store the built-in plans', async () => {
    restore = failWritesWithQuotaExceeded();
    renderGate();
    await shows('无法打开本地数据库');
    expect(document.body.textContent).toContain('磁盘空间不足');
    expect(document.body.textContent).toContain('在「系统设置」中导出备份');
  });

  it('says which window holds the database while an upgrade waits, and goes on once it closes', async () => {
    const old = await new Promise<IDBDatabase>((resolve) => {
      indexedDB.open(DB_NAME, 10).onsuccess = (event) =>
        resolve((event.target as IDBOpenDBRequest).result);
    });
    renderGate();
    await shows('本地数据库正被另一个窗口或标签页中的规划评估工作台占用');
    old.close();
    await shows(APP_TEXT);
  });

  it('tells the user when a save nobody caught failed on a full disk', async () => {
    renderGate();
    await shows(APP_TEXT);
    const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), {
      reason: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    window.dispatchEvent(event);
    await shows('数据未能保存');
    expect(document.body.textContent).toContain('磁盘空间不足');
    expect(event.defaultPrevented).toBe(true);
  });
});
