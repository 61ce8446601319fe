import { useEffect, useState, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { getDb } from '../db/db';
import { describeStorageError } from '../db/errors';
import { openDatabase, type DatabaseStartup } from '../db/openDatabase';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { getWorkbench } from '../platform/workbench';
import { RestoreOffer } from './RestoreOffer';
import { useStorageErrorNotice } from './useStorageErrorNotice';

type DatabaseGateProps = { children: ReactNode };

const BLOCKED: DatabaseStartup = {
  status: 'failed',
  message: describeStorageError({ name: 'BlockedError' }),
};

/** Shows the app once the database is open; a clear message if it cannot be opened. */
export function DatabaseGate({ children }: DatabaseGateProps) {
  const [startup, setStartup] = useState<DatabaseStartup | null>(null);
  useStorageErrorNotice();
  useEffect(() => {
    let isCurrent = true;
    const db = getDb();
    // Another tab holding an old connection makes the upgrade wait, and the spinner would spin
    // for ever: say why instead. The open goes on, and replaces the message when it finishes.
    const onBlocked = () => {
      if (isCurrent) setStartup(BLOCKED);
    };
    db.on('blocked', onBlocked);
    void openDatabase(db, getWorkbench()).then((result) => {
      if (isCurrent) setStartup(result);
    });
    return () => {
      isCurrent = false;
      db.on('blocked').unsubscribe(onBlocked);
    };
  }, []);

  if (!startup) {
    return (
      <div className="startup-spinner">
        <Spin size="large" description="正在打开本地数据库…" />
      </div>
    );
  }
  if (startup.status === 'ready') return <>{children}</>;
  if (startup.status === 'emptyWithBackups') {
    return <RestoreOffer backups={startup.backups} onDone={setStartup} />;
  }
  // Data of a newer version: this version cannot open it, and neither can its 系统设置, so the
  // way out offered is the newer version itself (issue 5 item 7).
  const isNewer = startup.status === 'newer';
  return (
    <Result
      status="warning"
      title={isNewer ? '本机数据由更新版本的规划评估工作台写入' : '无法打开本地数据库'}
      subTitle={
        <div className="gate-message">
          {isNewer ? (
            <>
              <p>
                本机数据的数据结构为第 {startup.storedVersion} 版，当前程序只支持到第{' '}
                {CURRENT_SCHEMA_VERSION} 版，无法打开；本机数据未做任何改动。
              </p>
              <p>
                请安装最新版本的规划评估工作台后再打开，需要时可在新版本的「系统设置」中导出备份或从备份恢复。
              </p>
            </>
          ) : (
            startup.message
          )}
        </div>
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          重新加载
        </Button>
      }
    />
  );
}
