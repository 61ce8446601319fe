/**
 * The one contract between the renderer and its host (STYLE.md「Typed IPC through the preload」).
 * Electron's preload implements it with IPC; web mode implements it with browser means.
 */

/** A file filter for native dialogs, e.g. `{ name: 'Excel 工作簿', extensions: ['xlsx'] }`. */
export type FileFilter = {
  readonly name: string;
  readonly extensions: readonly string[];
};

/** Facts about the running app. */
export type AppInfo = {
  readonly name: string;
  readonly version: string;
  /** `electron` inside the desktop app, `web` in a plain browser. */
  readonly platform: 'electron' | 'web';
  /** Where the data lives, in words for the user (user-data folder or browser storage). */
  readonly dataLocation: string;
};

/** A file the user chose to open. */
export type OpenedFile = {
  readonly name: string;
  readonly bytes: Uint8Array;
};

/** Request to open a file through a native dialog. */
export type OpenFileRequest = {
  readonly title?: string;
  readonly filters: readonly FileFilter[];
};

/** Request to save bytes through a native save dialog. */
export type SaveFileRequest = {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  readonly filters: readonly FileFilter[];
};

/** Outcome of a save: saved (with where, when known), cancelled by the user, or failed. */
export type SaveResult =
  | { readonly status: 'saved'; readonly path?: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** Request to print the current view to PDF. */
export type PrintToPdfRequest = {
  readonly suggestedName: string;
};

/** Commands the application menu sends to the renderer. */
export type MenuCommand = 'about' | 'navigate:plans' | 'navigate:settings' | 'print';

/**
 * Why an automatic backup was made (issue 5: on quit, daily, before a schema migration). The
 * backups on disk are the users' real safety net: IndexedDB inside Electron can be lost.
 */
export type AutoBackupReason = 'quit' | 'daily' | 'migration';

/** Request to keep one automatic backup; the host names the file and keeps the newest 10. */
export type WriteAutoBackupRequest = {
  readonly reason: AutoBackupReason;
  readonly bytes: Uint8Array;
};

/** One automatic backup kept by the host. */
export type AutoBackupEntry = {
  /** File name, as produced by shared/platform/autoBackupName.ts. */
  readonly fileName: string;
  /** ISO time the backup was written (from the name). */
  readonly createdAt: string;
  readonly reason: AutoBackupReason;
  readonly byteLength: number;
};

/** Removes a subscription. */
export type Unsubscribe = () => void;

/** What the renderer may ask of its host. Nothing else crosses the boundary. */
export interface WorkbenchApi {
  /** Name, version and platform of the app. */
  getAppInfo(): Promise<AppInfo>;
  /** Lets the user pick a file; resolves to null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Lets the user choose where to save `bytes` and writes them. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Prints the current view to a PDF file the user chooses (web mode: the print dialog). */
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
  /** Subscribes to application-menu commands. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** Keeps an automatic backup (Electron: the user-data folder; web: browser storage). */
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<AutoBackupEntry>;
  /** The automatic backups kept, newest first. */
  listAutoBackups(): Promise<readonly AutoBackupEntry[]>;
  /** The bytes of one automatic backup, by a file name from listAutoBackups. */
  readAutoBackup(fileName: string): Promise<Uint8Array>;
  /**
   * Runs `listener` when the app is about to quit, and quits once it settles (the host waits a
   * bounded time). Web mode cannot wait for a closing page, so there it never fires.
   */
  onBeforeQuit(listener: () => Promise<void>): Unsubscribe;
}
