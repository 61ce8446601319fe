import { useEffect, useState, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { getDb } from '../db/db';
import { openDatabase, type DatabaseStartup } from '../db/openDatabase';

type DatabaseGateProps = { children: ReactNode };

/** Shows the app once the database is open; a clear message if it cannot be opened. */
export function DatabaseGate({ children }: DatabaseGateProps) {
  const [startup, setStartup] = useState<DatabaseStartup | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void openDatabase(getDb()).then((result) => {
      if (isCurrent) setStartup(result);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  if (!startup) {
    return (
      <div className="startup-spinner">
        <Spin size="large" description="正在打开本地数据库…" />
      </div>
    );
  }
  if (startup.status === 'failed') {
    return (
      <Result
        status="warning"
        title="无法打开本地数据库"
        subTitle={startup.message}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重新加载
          </Button>
        }
      />
    );
  }
  return <>{children}</>;
}
