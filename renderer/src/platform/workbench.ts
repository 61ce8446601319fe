import type { WorkbenchApi } from '../../../shared/platform/workbenchApi';
import { createBrowserWorkbench } from './browserWorkbench';

let override: WorkbenchApi | null = null;
let cached: WorkbenchApi | null = null;

/**
 * The single door to the host (STYLE.md「Typed IPC」): Electron's preload API when present,
 * otherwise the browser implementation, or a fake installed by tests.
 */
export function getWorkbench(): WorkbenchApi {
  if (override) return override;
  cached ??= window.workbench ?? createBrowserWorkbench();
  return cached;
}

/** True inside the Electron app. */
export function isElectron(): boolean {
  return window.workbench !== undefined;
}

/** Replaces the host API in tests; pass null to restore. */
export function setWorkbenchForTests(fake: WorkbenchApi | null): void {
  override = fake;
}
