import { Alert, Button, Drawer, Space, Spin, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import type { WorkItemListRow } from '../../../db/rows';
import { useLiveFollowUps } from '../../../db/workItemQueries';
import { useFollowUpDraft } from '../hooks/useFollowUpDraft';
import { useConfirmDiscard, useFollowUpEditor } from '../hooks/useFollowUpEditor';
import { useFollowUpExport } from '../hooks/useFollowUpExport';
import { FollowUpTable } from './FollowUpTable';

type FollowUpDrawerProps = { list: WorkItemListRow; year: number; onClose: () => void };

/**
 * 整改任务分工表 (issue 13「Follow-up list」): drafted from the year's lagging indicators and
 * items, completed by the user (lead department, measure, deadline; rows added, moved, deleted),
 * stored per plan and year, and exported to Word and Excel. The report's 附表 uses the stored rows.
 */
export function FollowUpDrawer({ list, year, onClose }: FollowUpDrawerProps) {
  const { scopeId, scopeName, draft } = useFollowUpDraft(list, year);
  const stored = useLiveFollowUps(scopeId, year);
  const editor = useFollowUpEditor({ scopeId, year }, stored, draft);
  const exportTable = useFollowUpExport();
  const title = `${scopeName}${year}年整改任务分工表`;
  const rows = editor.rows;
  const close = useConfirmDiscard(editor.isDirty, onClose);
  return (
    <Drawer
      open
      size={1240}
      className="follow-up-drawer"
      title={`整改任务分工表（${year}年）`}
      onClose={close}
      extra={
        <Space>
          <Button
            icon={<FileWordOutlined />}
            disabled={!rows}
            onClick={() => rows && void exportTable('docx', title, rows)}
          >
            导出 Word
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            disabled={!rows}
            onClick={() => rows && void exportTable('xlsx', title, rows)}
          >
            导出 Excel
          </Button>
          <Button
            type="primary"
            disabled={!editor.isDirty}
            loading={editor.isSaving}
            onClick={() => void editor.save()}
          >
            保存
          </Button>
        </Space>
      }
    >
      {rows === null ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size="small" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text type="secondary">
              {scopeName}：滞后的主要指标和重点任务，逐项明确牵头单位、整改措施和完成时限。
            </Typography.Text>
            <Button icon={<SyncOutlined />} onClick={editor.redraft}>
              补充滞后事项
            </Button>
            <Button icon={<PlusOutlined />} onClick={editor.add}>
              新增一行
            </Button>
          </Space>
          {editor.isDirty ? (
            <Alert
              type="info"
              showIcon
              className="follow-up-unsaved"
              title="有未保存的修改：点「保存」后写入，评估报告的附表随之更新。"
            />
          ) : null}
          <FollowUpTable editor={editor} rows={rows} />
        </Space>
      )}
    </Drawer>
  );
}
