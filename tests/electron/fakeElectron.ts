/**
 * An in-memory stand-in for the `electron` module (Electron cannot run on CI machines here).
 * Test files use it with `vi.mock('electron', () => import('../fakeElectron').then((m) => m.electronModule))`.
 * ipcRenderer.invoke calls the handler registered through ipcMain.handle with a fake event, so
 * preload → channel → guard → handler runs end to end.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** The sender frame the next invoke appears to come from. */
export type FakeFrame = { url: string; parent: FakeFrame | null };

/** A frame at our app origin, the main frame. */
export const APP_MAIN_FRAME: FakeFrame = { url: 'app://workbench/index.html#/plans', parent: null };

export const fakeIpc = {
  mainHandlers: new Map<string, Listener>(),
  rendererListeners: new Map<string, Set<Listener>>(),
  exposed: new Map<string, unknown>(),
  senderFrame: APP_MAIN_FRAME as FakeFrame | null,
  sender: { id: 1, tag: 'main-window-web-contents' },
  /** Sends from main to the renderer's listeners, as webContents.send would. */
  emitToRenderer(channel: string, ...args: unknown[]): void {
    for (const listener of fakeIpc.rendererListeners.get(channel) ?? []) {
      listener({ sender: 'ipc-renderer-event' }, ...args);
    }
  },
  reset(): void {
    fakeIpc.senderFrame = APP_MAIN_FRAME;
  },
};

/** A BrowserWindow that records what was done to it. */
export class FakeBrowserWindow {
  static instances: FakeBrowserWindow[] = [];
  /** The window that owns a webContents; set by tests. */
  static fromWebContents = vi.fn((_contents: unknown): FakeBrowserWindow | null => null);
  readonly listeners = new Map<string, Listener>();
  readonly webContents = { send: vi.fn() };
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly isDestroyed = vi.fn(() => false);
  readonly close = vi.fn();
  readonly isMinimized = vi.fn(() => false);

  constructor(readonly options: unknown) {
    FakeBrowserWindow.instances.push(this);
  }

  once(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    this.listeners.get(event)?.(...args);
  }
}

export const fakeScreen = { workAreaSize: { width: 1920, height: 1040 } };

/** Lifecycle control for the bootstrap test: `ready.resolve()` fires `app.whenReady()`. */
export const fakeApp = {
  hasLock: true,
  isPackaged: true,
  listeners: new Map<string, Listener>(),
  ready: deferred(),
};

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const fakeSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  webRequest: { onHeadersReceived: vi.fn() },
};

export const electronModule = {
  app: {
    get isPackaged() {
      return fakeApp.isPackaged;
    },
    requestSingleInstanceLock: vi.fn(() => fakeApp.hasLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => fakeApp.listeners.set(event, listener)),
    whenReady: vi.fn(() => fakeApp.ready.promise),
    getAppPath: vi.fn(() => '/opt/规划评估工作台/resources/app.asar'),
    getPath: vi.fn((name: string) => `/home/统计员/${name}`),
    getName: vi.fn(() => '规划评估工作台'),
    getVersion: vi.fn(() => '0.1.0'),
    setAppUserModelId: vi.fn(),
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: { defaultSession: fakeSession },
  dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  BrowserWindow: FakeBrowserWindow,
  screen: { getPrimaryDisplay: () => ({ workAreaSize: fakeScreen.workAreaSize }) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (fakeIpc.mainHandlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      fakeIpc.mainHandlers.set(channel, listener);
    }),
  },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => {
      const handler = fakeIpc.mainHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      // Structured clone, as Electron does: class instances and functions do not survive.
      const cloned = args.map((arg) => structuredClone(arg));
      return handler({ senderFrame: fakeIpc.senderFrame, sender: fakeIpc.sender }, ...cloned);
    }),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = fakeIpc.rendererListeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      fakeIpc.rendererListeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      fakeIpc.rendererListeners.get(channel)?.delete(listener);
    }),
  },
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => {
      fakeIpc.exposed.set(key, value);
    }),
  },
};
