/**
 * Main-process bootstrap only (STYLE.md budget: ≤ 100 lines). Each concern lives in its own
 * module: window.ts, menu.ts, security.ts, protocol.ts, singleInstance.ts, ipc/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, protocol, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_SCHEME, APP_START_URL, DEV_SERVER_ENV } from './appOrigin';
import { createAutoBackupPorts } from './ipc/autoBackupPorts';
import { createElectronPorts } from './ipc/electronPorts';
import { registerIpcHandlers } from './ipc/register';
import { installApplicationMenu } from './menu';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import {
  createTrustedUrlPredicate,
  installSessionGuards,
  installWebContentsGuards,
  isSameOrigin,
  parseDevServerOrigin,
} from './security';
import { installQuitBackup, type QuitBackupControl } from './quitBackup';
import { claimSingleInstance } from './singleInstance';
import { createMainWindow } from './window';

const APP_USER_MODEL_ID = 'cn.gov.workbench.plan-evaluation';

// Privileged schemes must be registered before `ready`.
registerAppScheme(protocol);

// The dev server is trusted only in unpackaged runs, and only on localhost (security.ts).
const devServerOrigin = app.isPackaged ? null : parseDevServerOrigin(process.env[DEV_SERVER_ENV]);
const isTrustedUrl = createTrustedUrlPredicate(devServerOrigin);
const isDevServerUrl = (url: unknown): boolean =>
  devServerOrigin !== null && isSameOrigin(url, devServerOrigin);
let mainWindow: BrowserWindow | null = null;
let quitBackup: QuitBackupControl | null = null;

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) =>
    installWebContentsGuards(contents, isTrustedUrl),
  );
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(failToStart);
}

function start(): void {
  const appPath = app.getAppPath();
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  installSessionGuards(session.defaultSession, isDevServerUrl);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: path.join(appPath, 'out', 'renderer'), readFile }),
  );
  registerIpcHandlers({
    ports: createElectronPorts(app.getPath('documents')),
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      userDataPath: app.getPath('userData'),
    },
    isTrustedUrl,
    autoBackups: createAutoBackupPorts(app.getPath('userData')),
    onQuitReady: (sender) => quitBackup?.ready(sender),
  });
  installApplicationMenu(() => mainWindow, app.isPackaged);
  mainWindow = createMainWindow(
    {
      preloadPath: path.join(appPath, 'out', 'electron', 'preload.cjs'),
      isPackaged: app.isPackaged,
    },
    devServerOrigin === null ? APP_START_URL : `${devServerOrigin}/`,
  );
  quitBackup = installQuitBackup(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function failToStart(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('规划评估工作台无法启动', `启动时出现错误：${detail}`);
  app.quit();
}
