import { useEffect, useState } from 'react';
import { Card, Descriptions, Typography } from 'antd';
import type { AppInfo } from '../../../../shared/platform/workbenchApi';
import { PageHeader } from '../../components/PageHeader';
import { getWorkbench } from '../../platform/workbench';
import { BackupCard } from './components/BackupCard';
import { UserNameCard } from './components/UserNameCard';

/** 系统设置: the user's name for the change log, backups, and facts about this installation. */
export function SettingsPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void getWorkbench().getAppInfo().then(setInfo);
  }, []);

  return (
    <>
      <PageHeader
        title="系统设置"
        description="设置填报人姓名，备份与恢复全部数据，查看本机数据位置与版本。"
      />
      <BackupCard isWebMode={info?.platform === 'web'} />
      <UserNameCard />
      <Card title="本机信息" size="small" className="settings-card">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="版本">{info?.version ?? '读取中…'}</Descriptions.Item>
          <Descriptions.Item label="运行方式">
            {info ? (info.platform === 'electron' ? '桌面应用' : '浏览器（网页模式）') : '读取中…'}
          </Descriptions.Item>
          <Descriptions.Item label="数据位置">{info?.dataLocation ?? '读取中…'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Paragraph type="secondary">
        评估阈值（快于预期、符合预期、滞后的判定标准及“左右”的容差）目前使用默认值，暂不能在界面中修改。
      </Typography.Paragraph>
    </>
  );
}
