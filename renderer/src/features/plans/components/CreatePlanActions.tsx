import { Button, Dropdown, Space } from 'antd';
import {
  AppstoreAddOutlined,
  DownOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useAppStore } from '../../../state/appStore';
import { useExcelPlanImport } from '../hooks/useExcelPlanImport';

/** The ways to create a plan: built-in, pasted text or .txt, Excel, empty. */
export function CreatePlanActions() {
  const openPlanDialog = useAppStore((s) => s.openPlanDialog);
  const importExcel = useExcelPlanImport();
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
            { key: 'excel', icon: <FileExcelOutlined />, label: '从 Excel 导入…' },
            { key: 'empty', icon: <PlusOutlined />, label: '新建空白规划…' },
          ],
          onClick: ({ key }) => (key === 'excel' ? void importExcel() : openPlanDialog('empty')),
        }}
      >
        <Button>
          更多 <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
