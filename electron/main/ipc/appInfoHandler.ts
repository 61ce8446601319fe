/** `getAppInfo()`: name, version and where the data lives. */
import type { AppInfo } from '../../../shared/platform/workbenchApi';

/** Facts known at start-up (from `app.getName()`, `app.getVersion()`, `app.getPath('userData')`). */
export type AppInfoPorts = {
  readonly name: string;
  readonly version: string;
  readonly userDataPath: string;
};

/** Creates the handler; the answer never changes while the app runs. */
export function createAppInfoHandler(ports: AppInfoPorts): () => AppInfo {
  const info: AppInfo = {
    name: ports.name,
    version: ports.version,
    platform: 'electron',
    dataLocation: `本机用户数据文件夹：${ports.userDataPath}`,
  };
  return () => info;
}
