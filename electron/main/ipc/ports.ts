/**
 * The ports the IPC handlers depend on. Handlers are factories over these (STYLE.md「Typed
 * IPC」), so their tests pass small fakes instead of mocking `electron` or `node:fs`.
 * `S` is whatever identifies the requesting window: a WebContents in the app, a tag in tests.
 */

/** A dialog filter as Electron expects it (mutable arrays). */
export type DialogFilter = { name: string; extensions: string[] };

/** Options for a native save dialog. */
export type SaveDialogRequest = {
  readonly title: string;
  readonly defaultPath: string;
  readonly buttonLabel: string;
  readonly filters: DialogFilter[];
};

/** Options for a native open dialog (one file). */
export type OpenDialogRequest = {
  readonly title: string;
  readonly buttonLabel: string;
  readonly filters: DialogFilter[];
  readonly properties: ['openFile'];
};

/** Shows a save dialog attached to the sender's window. */
export type ShowSaveDialog<S> = (
  sender: S,
  request: SaveDialogRequest,
) => Promise<{ canceled: boolean; filePath?: string }>;

/** Shows an open dialog attached to the sender's window. */
export type ShowOpenDialog<S> = (
  sender: S,
  request: OpenDialogRequest,
) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** Writes bytes to an absolute path, replacing the file. */
export type WriteFile = (filePath: string, bytes: Uint8Array) => Promise<void>;

/** Reads a whole file. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** Size of a file in bytes, read before the file itself so huge files are never loaded. */
export type FileSize = (filePath: string) => Promise<number>;

/** Renders the sender's page to PDF bytes. */
export type PrintToPdf<S> = (
  sender: S,
  options: {
    readonly pageSize: 'A4';
    readonly printBackground: true;
    readonly preferCSSPageSize: true;
  },
) => Promise<Uint8Array>;

/** Everything the registered handlers need, built from Electron and Node in electronPorts.ts. */
export type IpcPorts<S> = {
  readonly showSaveDialog: ShowSaveDialog<S>;
  readonly showOpenDialog: ShowOpenDialog<S>;
  readonly writeFile: WriteFile;
  readonly readFile: ReadFile;
  readonly fileSize: FileSize;
  readonly printToPdf: PrintToPdf<S>;
  /** Folder the save dialogs start in (the user's documents folder). */
  readonly defaultDirectory: string;
};
