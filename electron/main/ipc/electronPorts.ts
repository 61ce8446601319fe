/** The real ports: Electron's dialogs and printToPDF, Node's file system. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { WebContents } from 'electron';
import { HandlerError } from './errors';
import type { IpcPorts } from './ports';

/** Builds the ports for the running app; dialogs are modal to the sender's window. */
export function createElectronPorts(defaultDirectory: string): IpcPorts<WebContents> {
  return {
    showSaveDialog: (sender, request) => {
      const owner = BrowserWindow.fromWebContents(sender);
      return owner ? dialog.showSaveDialog(owner, request) : dialog.showSaveDialog(request);
    },
    showOpenDialog: (sender, request) => {
      const owner = BrowserWindow.fromWebContents(sender);
      return owner ? dialog.showOpenDialog(owner, request) : dialog.showOpenDialog(request);
    },
    fileSize: async (filePath) => {
      const info = await stat(filePath);
      if (!info.isFile()) throw new HandlerError('io-error', '所选路径不是文件。');
      return info.size;
    },
    readFile: (filePath) => readFile(filePath),
    writeFile: (filePath, bytes) => writeFile(filePath, bytes),
    printToPdf: (sender, options) => sender.printToPDF(options),
    defaultDirectory,
  };
}
