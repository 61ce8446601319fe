/**
 * The Chinese application menu. Items either use Electron roles (with our own Chinese labels,
 * since role defaults are English) or send a `MenuCommand` to the renderer, which decides what
 * to do (the renderer knows the plan name for the PDF, for example).
 */
import { Menu } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS } from '../../shared/platform/ipcChannels';
import type { MenuCommand } from '../../shared/platform/workbenchApi';
import { WINDOW_TITLE } from './window';

/** What the menu template depends on. */
export type MenuOptions = {
  /** Developer tools appear only in unpackaged (development) runs. */
  readonly isPackaged: boolean;
  /** Delivers a command to the renderer. */
  readonly sendCommand: (command: MenuCommand) => void;
};

/** The menu template: 文件 / 编辑 / 视图 / 帮助. Pure, so the test can read it. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const viewItems: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) {
    viewItems.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });
  }
  return [
    {
      label: '文件',
      submenu: [
        {
          label: '打印为 PDF…',
          accelerator: 'CmdOrCtrl+P',
          click: () => options.sendCommand('print'),
        },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: viewItems },
    {
      label: '帮助',
      submenu: [{ label: `关于 ${WINDOW_TITLE}`, click: () => options.sendCommand('about') }],
    },
  ];
}

/** Installs the menu; commands go to the current main window, if any. */
export function installApplicationMenu(
  getWindow: () => BrowserWindow | null,
  isPackaged: boolean,
): void {
  const sendCommand = (command: MenuCommand): void => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.menuCommand, command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged, sendCommand })));
}
