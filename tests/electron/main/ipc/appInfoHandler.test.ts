import { describe, expect, it } from 'vitest';
import { createAppInfoHandler } from '../../../../electron/main/ipc/appInfoHandler';

describe('createAppInfoHandler', () => {
  it('reports the Electron platform, version and the user-data folder in Chinese', () => {
    const getInfo = createAppInfoHandler({
      name: '规划评估工作台',
      version: '0.1.0',
      userDataPath: 'C:\\Users\\统计员\\AppData\\Roaming\\规划评估工作台',
    });
    expect(getInfo()).toEqual({
      name: '规划评估工作台',
      version: '0.1.0',
      platform: 'electron',
      dataLocation: '本机用户数据文件夹：C:\\Users\\统计员\\AppData\\Roaming\\规划评估工作台',
    });
  });
});
