/**
 * The one application window (STYLE.md「Security baseline」): every security-relevant
 * webPreference is set explicitly, even where Electron's default already agrees.
 */
import { BrowserWindow, screen } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';

/** Window title and product name shown to users. */
export const WINDOW_TITLE = '规划评估工作台';

const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 800;

/** What the window needs to know about its environment. */
export type MainWindowOptions = {
  /** Absolute path of the bundled preload (out/electron/preload.cjs). */
  readonly preloadPath: string;
  /** Packaged builds turn developer tools off. */
  readonly isPackaged: boolean;
};

/** Size and frame of the main window (webPreferences are set where the window is created). */
export const MAIN_WINDOW_FRAME = {
  title: WINDOW_TITLE,
  width: DEFAULT_WIDTH,
  height: DEFAULT_HEIGHT,
  minWidth: 1100,
  minHeight: 600,
  show: false,
  backgroundColor: '#ffffff',
  autoHideMenuBar: false,
} as const satisfies BrowserWindowConstructorOptions;

/** Creates the main window, shows it once painted, and loads `startUrl`. */
export function createMainWindow(options: MainWindowOptions, startUrl: string): BrowserWindow {
  // Written inline at the constructor, not built by a helper, so that electronegativity
  // (npm run audit:electron) reads every webPreference: it does not follow function calls
  // (docs/decisions/0016).
  const window = new BrowserWindow({
    ...MAIN_WINDOW_FRAME,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click would ask for a new window (refused anyway); switched off at the source.
      disableBlinkFeatures: 'Auxclick',
      devTools: !options.isPackaged,
    },
  });
  window.once('ready-to-show', () => {
    // 1366×768 office laptops have less room than the default size: fill the screen instead.
    const { width, height } = screen.getPrimaryDisplay().workAreaSize;
    if (width < DEFAULT_WIDTH || height < DEFAULT_HEIGHT) window.maximize();
    window.show();
  });
  // Keep our title: the page's <title> may change, the taskbar name should not.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(startUrl);
  return window;
}
