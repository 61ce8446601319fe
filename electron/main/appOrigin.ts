/**
 * The production origin of the renderer. PINNED (docs/decisions/0005): IndexedDB is stored per
 * origin, so changing the scheme or host after release would orphan every user's data.
 */
export const APP_SCHEME = 'app';
/** Host part of the app origin. */
export const APP_HOST = 'workbench';
/** `app://workbench`, the only origin production code trusts. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the window starts. The router is hash-based, so this is the only document. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
/** Environment variable naming the Vite dev server (honoured only when not packaged). */
export const DEV_SERVER_ENV = 'WORKBENCH_DEV_SERVER_URL';
