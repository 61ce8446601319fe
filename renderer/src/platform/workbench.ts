import type { WorkbenchApi } from '../../../shared/platform/workbenchApi';
import { createBrowserWorkbench } from './browserWorkbench';

let cached: WorkbenchApi | null = null;

/**
 * The single door to the host (STYLE.md「Typed IPC」): Electron's preload API when present,
 * otherwise the browser implementation.
 */
export function getWorkbench(): WorkbenchApi {
  cached ??= window.workbench ?? createBrowserWorkbench();
  return cached;
}

/** True inside the Electron app. */
export function isElectron(): boolean {
  return window.workbench !== undefined;
}
