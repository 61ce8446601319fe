import { Alert, Button, Input, Modal, Radio, Space, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import type { PlanTableKind } from '../../../../../shared/domain/plan';
import { formatProblem } from '../../../../../shared/lib/result';
import { usePasteImport } from '../hooks/usePasteImport';
import { MAX_TEXT_LENGTH } from '../planImport';

type PasteImportDialogProps = { onClose: () => void };

/**
 * 粘贴指标表: paste the table (or a whole document) copied from a PDF or a web page, or open a
 * .txt file; the parsed rows go to the review screen — nothing is saved yet.
 */
export function PasteImportDialog({ onClose }: PasteImportDialogProps) {
  const { text, fileName, tableKind, error, pastedHtml, setTableKind, ...actions } =
    usePasteImport();

  return (
    <Modal
      open
      width={900}
      title="粘贴指标表"
      onCancel={onClose}
      okText="解析并核对"
      cancelText="取消"
      okButtonProps={{ disabled: text.trim() === '' }}
      onOk={() => void actions.parse()}
    >
      <Typography.Paragraph type="secondary">
        可粘贴从 Word、WPS、Excel、PDF
        或网页复制的指标表（复制的表格保留合并单元格），也可粘贴整篇规划纲要全文，软件会自动找到指标表，并按表头和内容识别各列（序号、类别、指标、单位、基期、目标、年均/累计、属性等）；识别结果可在下一步调整。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 8 }} wrap>
        <Radio.Group
          value={tableKind}
          onChange={(event) => setTableKind(event.target.value as PlanTableKind)}
          optionType="button"
          options={[
            { value: 'main', label: '“十四五”主要指标表' },
            { value: 'completion', label: '“十三五”完成情况表' },
          ]}
        />
        <Button icon={<FolderOpenOutlined />} onClick={() => void actions.openTextFile()}>
          打开文本文件…
        </Button>
      </Space>
      <Input.TextArea
        aria-label="指标表文本"
        value={text}
        onChange={(event) => actions.edit(event.target.value)}
        onPaste={actions.paste}
        placeholder="在此粘贴指标表或规划全文（Ctrl+V）"
        rows={14}
        spellCheck={false}
        className="raw-text-input"
      />
      <Typography.Text type="secondary">
        {fileName ? `已打开文件「${fileName}」，` : ''}
        {pastedHtml ? '已粘贴表格（保留合并单元格），' : ''}
        {text.length.toLocaleString('zh-CN')} 个字符（上限 {MAX_TEXT_LENGTH.toLocaleString('zh-CN')}
        ）
      </Typography.Text>
      {error ? (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title="无法识别指标表"
          description={formatProblem(error)}
        />
      ) : null}
    </Modal>
  );
}
