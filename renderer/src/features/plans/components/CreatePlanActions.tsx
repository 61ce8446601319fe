import { Button, Dropdown, Space } from 'antd';
import {
  AppstoreAddOutlined,
  DownOutlined,
  FileAddOutlined,
  FileTextOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useAppStore } from '../../../state/appStore';
import { usePlanFileImport } from '../hooks/usePlanFileImport';

/** The ways to create a plan: built-in, pasted table or text, a file (Word, PDF, Excel …), empty. */
export function CreatePlanActions() {
  const openPlanDialog = useAppStore((s) => s.openPlanDialog);
  const importFile = usePlanFileImport();
  return (
    <Space>
      <Button type="primary" icon={<AppstoreAddOutlined />} onClick={() => openPlanDialog('seeds')}>
        从内置规划创建
      </Button>
      <Button icon={<FileTextOutlined />} onClick={() => openPlanDialog('paste')}>
        粘贴指标表
      </Button>
      <Dropdown
        menu={{
          items: [
            { key: 'file', icon: <FileAddOutlined />, label: '从文件导入（Word/PDF/Excel/网页）…' },
            { key: 'empty', icon: <PlusOutlined />, label: '新建空白规划…' },
          ],
          onClick: ({ key }) => (key === 'file' ? void importFile() : openPlanDialog('empty')),
        }}
      >
        <Button>
          更多 <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
