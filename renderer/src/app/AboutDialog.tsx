import { useEffect, useState } from 'react';
import { Descriptions, Modal } from 'antd';
import type { AppInfo } from '../../../shared/platform/workbenchApi';
import { getWorkbench } from '../platform/workbench';
import { useAppStore } from '../state/appStore';

/** 关于: name, version, platform and where the data lives. */
export function AboutDialog() {
  const isOpen = useAppStore((s) => s.isAboutOpen);
  const setOpen = useAppStore((s) => s.setAboutOpen);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    if (!isOpen || info) return;
    void getWorkbench().getAppInfo().then(setInfo);
  }, [isOpen, info]);

  return (
    <Modal
      title="关于 规划评估工作台"
      open={isOpen}
      onCancel={() => setOpen(false)}
      onOk={() => setOpen(false)}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText="确定"
    >
      <p>
        供统计局、发展改革委等部门填报五年规划主要指标年度实际值、开展中期评估并起草评估报告使用。
      </p>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="版本">{info ? info.version : '读取中…'}</Descriptions.Item>
        <Descriptions.Item label="运行方式">
          {info ? (info.platform === 'electron' ? '桌面应用' : '浏览器（网页模式）') : '读取中…'}
        </Descriptions.Item>
        <Descriptions.Item label="数据位置">
          {info ? info.dataLocation : '读取中…'}
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
