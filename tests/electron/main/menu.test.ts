import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule } from '../fakeElectron';
import { buildMenuTemplate, installApplicationMenu } from '../../../electron/main/menu';
import { IPC_CHANNELS } from '../../../shared/platform/ipcChannels';
import type { MenuCommand } from '../../../shared/platform/workbenchApi';

vi.mock('electron', () => import('../fakeElectron').then((module) => module.electronModule));

function submenuOf(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function labelsAndRoles(items: MenuItemConstructorOptions[]) {
  return items.filter((item) => item.type !== 'separator').map((item) => [item.label, item.role]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  const build = (isPackaged: boolean, sendCommand: (command: MenuCommand) => void = vi.fn()) =>
    buildMenuTemplate({ isPackaged, sendCommand });

  it('has the Chinese top-level menus 文件 / 编辑 / 视图 / 帮助', () => {
    expect(build(true).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('labels every role in Chinese', () => {
    const template = build(true);
    expect(labelsAndRoles(submenuOf(template, '文件'))).toEqual([
      ['打印为 PDF…', undefined],
      ['退出', 'quit'],
    ]);
    expect(labelsAndRoles(submenuOf(template, '编辑'))).toEqual([
      ['撤销', 'undo'],
      ['重做', 'redo'],
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll'],
    ]);
    expect(labelsAndRoles(submenuOf(template, '视图'))).toEqual([
      ['重新加载', 'reload'],
      ['实际大小', 'resetZoom'],
      ['放大', 'zoomIn'],
      ['缩小', 'zoomOut'],
      ['全屏', 'togglefullscreen'],
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      submenuOf(build(isPackaged), '视图').map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('sends the about and print commands to the renderer', () => {
    const sendCommand = vi.fn();
    const template = build(true, sendCommand);
    const about = submenuOf(template, '帮助')[0];
    expect(about?.label).toBe('关于 规划评估工作台');
    click(about);
    expect(sendCommand).toHaveBeenCalledWith('about');
    click(submenuOf(template, '文件')[0]);
    expect(sendCommand).toHaveBeenLastCalledWith('print');
  });
});

describe('installApplicationMenu', () => {
  it('installs the menu and delivers commands over the menu channel', () => {
    const window = new FakeBrowserWindow({});
    installApplicationMenu(() => window as never, true);
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = electronModule.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as
      MenuItemConstructorOptions[] | undefined;
    click(submenuOf(template ?? [], '帮助')[0]);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, 'about');
  });

  it('does nothing when there is no window', () => {
    installApplicationMenu(() => null, true);
    const template = electronModule.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as
      MenuItemConstructorOptions[] | undefined;
    expect(() => click(submenuOf(template ?? [], '帮助')[0])).not.toThrow();
  });
});
