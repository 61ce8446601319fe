/**
 * The IPC handler table is keyed by the contract's method names and typed by its signatures
 * (decision 0042): these cases are checked by `tsc -p tsconfig.test.json`, each
 * `@ts-expect-error` failing the typecheck if the table stopped refusing it.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { InvokeMethod, WiringTable } from '../../../electron/main/ipc/register';
import { isAutoBackupFileName, isEmptyRequest } from '../../../shared/platform/validate';
import type { AutoBackupEntry, WorkbenchApi } from '../../../shared/platform/workbenchApi';

vi.mock('electron', () => import('../fakeElectron').then((module) => module.electronModule));

type Entry<M extends InvokeMethod> = WiringTable[M];

describe('IPC wiring table', () => {
  it('has exactly the invoke methods of WorkbenchApi as keys', () => {
    expectTypeOf<keyof WiringTable>().toEqualTypeOf<InvokeMethod>();
    expectTypeOf<InvokeMethod | 'onMenuCommand' | 'onBeforeQuit'>().toEqualTypeOf<
      keyof WorkbenchApi
    >();
  });

  it('refuses a handler that answers another method’s value', () => {
    const list: Entry<'listAutoBackups'> = {
      guard: isEmptyRequest,
      handler: async (): Promise<readonly AutoBackupEntry[]> => [],
    };
    const wrong: Entry<'listAutoBackups'> = {
      guard: isEmptyRequest,
      // @ts-expect-error readAutoBackup's bytes are not listAutoBackups' entries
      handler: async () => new Uint8Array([1]),
    };
    const wrongRequest: Entry<'getAppInfo'> = {
      // @ts-expect-error getAppInfo takes no argument, so its guard accepts only undefined
      guard: isAutoBackupFileName,
      handler: () => ({ name: '', version: '', platform: 'electron', dataLocation: '' }),
    };
    expect([list, wrong, wrongRequest].length).toBe(3);
  });
});
