import type { WorkbenchApi } from '../../../shared/platform/workbenchApi';

declare global {
  interface Window {
    /** Present only inside Electron (exposed by the preload); absent in web mode. */
    workbench?: WorkbenchApi;
  }
  /** App version, injected by Vite from package.json. */
  const __APP_VERSION__: string;
}
