/**
 * The contract end to end, with `electron` faked: preload api → ipcRenderer.invoke → channel →
 * sender check → guard → handler → typed result → unwrapped in the preload.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_MAIN_FRAME, fakeIpc } from '../fakeElectron';
import type { FakeFrame } from '../fakeElectron';
import { handle } from '../../../electron/main/ipc/handle';
import type { InvokeChannel } from '../../../electron/main/ipc/handle';
import { registerIpcHandlers } from '../../../electron/main/ipc/register';
import type { InvokeMethod } from '../../../electron/main/ipc/register';
import { createTrustedUrlPredicate } from '../../../electron/main/security';
import { IPC_CHANNELS } from '../../../shared/platform/ipcChannels';
import type { WorkbenchApi } from '../../../shared/platform/workbenchApi';

vi.mock('electron', () => import('../fakeElectron').then((module) => module.electronModule));

const ports = {
  showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/u/报告.docx' })),
  showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/u/指标.xlsx'] })),
  fileSize: vi.fn(async () => 3),
  readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
  writeFile: vi.fn(async () => undefined),
  printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
  defaultDirectory: '/home/u',
};

// Automatic backups in a folder held in memory.
const backupFiles = new Map<string, Uint8Array>();
const autoBackups = {
  directory: '/home/u/.config/规划评估工作台/backups',
  joinPath: (directory: string, name: string) => `${directory}/${name}`,
  listFiles: vi.fn(async () => [...backupFiles.keys()].map((path) => path.split('/').at(-1)!)),
  fileSize: async (path: string) => backupFiles.get(path)?.byteLength ?? 0,
  readFile: async (path: string) => backupFiles.get(path) ?? new Uint8Array(),
  writeFileAtomic: vi.fn(async (path: string, bytes: Uint8Array) => {
    backupFiles.set(path, bytes);
  }),
  removeFile: async (path: string) => {
    backupFiles.delete(path);
  },
  now: () => new Date('2026-11-22T09:30:05.123Z'),
};
const onQuitReady = vi.fn();
const BACKUP_NAME = 'auto-20261122T093005123Z-daily.json';

// One valid request per invoke method; `satisfies` breaks the build when the API grows.
const VALID_ARGUMENTS = {
  getAppInfo: [],
  openFile: [{ filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] }],
  saveFile: [{ suggestedName: '报告.docx', bytes: new Uint8Array([1]), filters: [] }],
  printToPdf: [{ suggestedName: '报告.pdf' }],
  writeAutoBackup: [{ reason: 'daily' as const, bytes: new Uint8Array([123, 125]) }],
  listAutoBackups: [],
  readAutoBackup: [BACKUP_NAME],
} satisfies Record<InvokeMethod, unknown[]>;
const INVOKE_METHODS = Object.keys(VALID_ARGUMENTS) as InvokeMethod[];
const INVOKE_CHANNELS = Object.values(IPC_CHANNELS).filter(
  (c) => c !== IPC_CHANNELS.menuCommand && c !== IPC_CHANNELS.beforeQuit,
);
/** The invoke channels behind API methods (quit-ready is the preload's own answer). */
const API_CHANNELS = INVOKE_CHANNELS.filter((c) => c !== IPC_CHANNELS.quitReady);

function api(): WorkbenchApi {
  return fakeIpc.exposed.get('workbench') as WorkbenchApi;
}

function call(method: InvokeMethod): Promise<unknown> {
  const fn = api()[method] as (...args: unknown[]) => Promise<unknown>;
  return fn(...VALID_ARGUMENTS[method]);
}

async function callMain(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = fakeIpc.mainHandlers.get(channel);
  return handler?.({ senderFrame: fakeIpc.senderFrame, sender: fakeIpc.sender }, ...args);
}

beforeAll(async () => {
  registerIpcHandlers({
    ports: ports as never,
    appInfo: {
      name: '规划评估工作台',
      version: '0.1.0',
      userDataPath: '/home/u/.config/规划评估工作台',
    },
    isTrustedUrl: createTrustedUrlPredicate(null),
    autoBackups,
    onQuitReady,
  });
  await import('../../../electron/preload/index');
});

beforeEach(() => {
  fakeIpc.reset();
  vi.clearAllMocks();
});

describe('WorkbenchApi contract', () => {
  it('registers a handler for every invoke channel and for nothing else', () => {
    expect([...fakeIpc.mainHandlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('gives every API method its own channel with a handler behind it', async () => {
    const { ipcRenderer } = await import('electron');
    const used = new Map<string, InvokeMethod>();
    for (const method of INVOKE_METHODS) {
      await call(method);
      const channel = vi.mocked(ipcRenderer.invoke).mock.calls.at(-1)?.[0];
      expect(fakeIpc.mainHandlers.has(String(channel)), method).toBe(true);
      expect(used.has(String(channel)), `${method} shares ${String(channel)}`).toBe(false);
      used.set(String(channel), method);
    }
    expect(used.size).toBe(API_CHANNELS.length);
    expect([...INVOKE_METHODS, 'onMenuCommand', 'onBeforeQuit'].sort()).toEqual(
      Object.keys(api()).sort(),
    );
  });

  it('round-trips every method through the validated handlers', async () => {
    expect(await api().getAppInfo()).toMatchObject({
      name: '规划评估工作台',
      platform: 'electron',
    });
    expect(await api().openFile(VALID_ARGUMENTS.openFile[0]!)).toEqual({
      name: '指标.xlsx',
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(await api().saveFile(VALID_ARGUMENTS.saveFile[0]!)).toEqual({
      status: 'saved',
      path: '/home/u/报告.docx',
    });
    expect(await api().printToPdf(VALID_ARGUMENTS.printToPdf[0]!)).toMatchObject({
      status: 'saved',
    });
    backupFiles.clear();
    const entry = {
      fileName: BACKUP_NAME,
      createdAt: '2026-11-22T09:30:05.123Z',
      reason: 'daily',
      byteLength: 2,
    };
    expect(await api().writeAutoBackup(VALID_ARGUMENTS.writeAutoBackup[0]!)).toEqual(entry);
    expect(await api().listAutoBackups()).toEqual([entry]);
    expect(await api().readAutoBackup(BACKUP_NAME)).toEqual(new Uint8Array([123, 125]));
  });

  it('reads back only names of automatic backups, never a path', async () => {
    for (const name of ['../settings.json', 'auto-20261122T093005123Z-daily.json/../x', 'a.json']) {
      await expect(api().readAutoBackup(name), name).rejects.toThrow('请求参数无效，已拒绝。');
    }
  });

  it('answers before-quit once the listener settles, even when it fails', async () => {
    const unsubscribe = api().onBeforeQuit(async () => {
      throw new Error('磁盘已满');
    });
    fakeIpc.emitToRenderer(IPC_CHANNELS.beforeQuit);
    await vi.waitFor(() => expect(onQuitReady).toHaveBeenCalledOnce());
    expect(onQuitReady).toHaveBeenCalledWith(fakeIpc.sender);
    unsubscribe();
  });

  it('validates the arguments of every channel', async () => {
    const badArguments: unknown[][] = [
      [{ evil: true }],
      ['../../etc/passwd'],
      [null],
      [[]],
      [VALID_ARGUMENTS.saveFile[0], 'extra argument'],
    ];
    for (const channel of INVOKE_CHANNELS) {
      for (const args of badArguments) {
        expect(await callMain(channel, ...args), `${channel} ${JSON.stringify(args)}`).toEqual({
          ok: false,
          code: 'invalid-request',
          message: '请求参数无效，已拒绝。',
        });
      }
    }
    for (const port of [ports.showOpenDialog, ports.showSaveDialog, ports.writeFile]) {
      expect(port).not.toHaveBeenCalled();
    }
  });

  it('refuses bad arguments sent through the preload with a Chinese error', async () => {
    const saveFile = api().saveFile as (request: unknown) => Promise<unknown>;
    await expect(
      saveFile({ suggestedName: '..\\..\\evil.exe', bytes: new Uint8Array(1), filters: [] }),
    ).rejects.toThrow('请求参数无效，已拒绝。');
    await expect(saveFile({ suggestedName: 'a.docx', bytes: [1, 2], filters: [] })).rejects.toThrow(
      '请求参数无效',
    );
    expect(ports.writeFile).not.toHaveBeenCalled();
  });

  it('refuses foreign senders on every channel before running any handler', async () => {
    const foreignFrames: (FakeFrame | null)[] = [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://workbench.evil/index.html', parent: null },
      { url: 'file:///C:/Users/u/Downloads/evil.html', parent: null },
      { url: 'http://localhost:5173/', parent: null },
      { url: 'about:blank', parent: null },
      { url: 'app://workbench/index.html', parent: APP_MAIN_FRAME },
      null,
    ];
    for (const frame of foreignFrames) {
      fakeIpc.senderFrame = frame;
      for (const method of INVOKE_METHODS) {
        await expect(call(method), `${method} from ${frame?.url ?? 'null'}`).rejects.toThrow(
          '请求来源不受信任，已拒绝。',
        );
      }
    }
    for (const port of Object.values(ports)) {
      if (typeof port === 'function') expect(port).not.toHaveBeenCalled();
    }
  });

  it('turns thrown errors into typed results, which the preload rethrows in Chinese', async () => {
    ports.readFile.mockRejectedValueOnce(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    expect(await callMain(IPC_CHANNELS.openFile, VALID_ARGUMENTS.openFile[0])).toEqual({
      ok: false,
      code: 'io-error',
      message: '文件操作失败：没有访问该文件的权限。',
    });
    ports.fileSize.mockResolvedValueOnce(300 * 1024 * 1024);
    await expect(api().openFile(VALID_ARGUMENTS.openFile[0]!)).rejects.toThrow(
      '文件「指标.xlsx」大小为 300.0 MB，超过了 200.0 MB 的上限，无法打开。',
    );
  });

  it('delivers menu commands without the event, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = api().onMenuCommand((command, ...rest) =>
      received.push([command, ...rest]),
    );
    fakeIpc.emitToRenderer(IPC_CHANNELS.menuCommand, 'about');
    fakeIpc.emitToRenderer(IPC_CHANNELS.menuCommand, 'rm -rf /');
    unsubscribe();
    fakeIpc.emitToRenderer(IPC_CHANNELS.menuCommand, 'print');
    expect(received).toEqual([['about']]);
  });

  it('refuses to register foreign channels or the menu channel', () => {
    const register = (channel: string) =>
      handle(
        channel as InvokeChannel,
        (_v): _v is unknown => true,
        () => 1,
        () => true,
      );
    expect(() => register('workbench:shell/exec')).toThrow('拒绝注册未声明的 IPC 通道');
    expect(() => register(IPC_CHANNELS.menuCommand)).toThrow('拒绝注册未声明的 IPC 通道');
    expect(() => register(IPC_CHANNELS.beforeQuit)).toThrow('拒绝注册未声明的 IPC 通道');
  });
});
