import { useEffect, useState } from 'react';
import { Card, Descriptions } from 'antd';
import type { AppInfo } from '../../../../shared/platform/workbenchApi';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { getWorkbench } from '../../platform/workbench';

/** 系统设置: about this installation; thresholds, user name and backups arrive here. */
export function SettingsPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void getWorkbench().getAppInfo().then(setInfo);
  }, []);

  return (
    <>
      <PageHeader
        title="系统设置"
        description="查看本机数据位置与版本，设置评估阈值、填报人姓名，备份与恢复全部数据。"
      />
      <Card title="本机信息" size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="版本">{info?.version ?? '读取中…'}</Descriptions.Item>
          <Descriptions.Item label="运行方式">
            {info ? (info.platform === 'electron' ? '桌面应用' : '浏览器（网页模式）') : '读取中…'}
          </Descriptions.Item>
          <Descriptions.Item label="数据位置">{info?.dataLocation ?? '读取中…'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <SectionEmpty
        title="评估阈值、填报人和备份设置将在这里提供"
        details={[
          '评估阈值：快于预期、符合预期、滞后的判定标准及“左右”的容差，均可修改并恢复默认值。',
          '备份与恢复：将全部规划、数据和变更记录导出为一个文件，并可从备份恢复。',
        ]}
      />
    </>
  );
}
