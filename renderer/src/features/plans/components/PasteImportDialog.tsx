import { useState } from 'react';
import type { ClipboardEvent } from 'react';
import { Alert, Button, Input, Modal, Radio, Space, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import type { PlanTableKind } from '../../../../../shared/domain/plan';
import { formatProblem, type Problem } from '../../../../../shared/lib/result';
import { getWorkbench } from '../../../platform/workbench';
import { decodeText } from '../../../lib/decodeText';
import { useAppStore } from '../../../state/appStore';
import { parsePlanText, MAX_TEXT_LENGTH } from '../planImport';

type PasteImportDialogProps = { onClose: () => void };

/**
 * 粘贴指标表: paste the table (or a whole document) copied from a PDF or a web page, or open a
 * .txt file; the parsed rows go to the review screen — nothing is saved yet.
 */
export function PasteImportDialog({ onClose }: PasteImportDialogProps) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [tableKind, setTableKind] = useState<PlanTableKind>('main');
  const [error, setError] = useState<Problem | null>(null);
  // The clipboard's HTML flavour when it held a table: read first, the text is the fallback.
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const setImportDraft = useAppStore((s) => s.setImportDraft);

  const openTextFile = async () => {
    const file = await pickTextFile();
    if (!file) return;
    if ('message' in file) return setError(file);
    setText(file.text);
    setFileName(file.name);
    setPastedHtml(null);
    setError(null);
  };

  const parse = async () => {
    const fromTable = pastedHtml ? await readPastedTable(pastedHtml, tableKind) : null;
    if (fromTable?.ok) {
      const { bundle, reading } = fromTable.value;
      setImportDraft({
        bundle,
        warnings: [],
        sourceLabel: '粘贴的表格',
        ...(reading ? { reading, overrides: {} } : {}),
      });
      return;
    }
    const result = parsePlanText(text, { tableKind, fileName });
    if (!result.ok) return setError(fromTable && !fromTable.ok ? fromTable.error : result.error);
    const sourceLabel = fileName ? `文件「${fileName}」` : '粘贴的文本';
    setImportDraft({
      bundle: result.value.bundle,
      warnings: result.warnings,
      sourceLabel,
      reading: result.value,
      overrides: {},
    });
  };

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!/<table[\s>]/i.test(html)) return setPastedHtml(null);
    // A table copied from Word, WPS, Excel or a browser: keep its cells and merged cells.
    event.preventDefault();
    setText(event.clipboardData.getData('text/plain'));
    setPastedHtml(html);
    setFileName(null);
    setError(null);
  };

  return (
    <Modal
      open
      width={900}
      title="粘贴指标表"
      onCancel={onClose}
      okText="解析并核对"
      cancelText="取消"
      okButtonProps={{ disabled: text.trim() === '' }}
      onOk={() => void parse()}
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
        <Button icon={<FolderOpenOutlined />} onClick={() => void openTextFile()}>
          打开文本文件…
        </Button>
      </Space>
      <Input.TextArea
        aria-label="指标表文本"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setFileName(null);
          setPastedHtml(null);
          setError(null);
        }}
        onPaste={paste}
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

async function readPastedTable(html: string, tableKind: PlanTableKind) {
  const { importPastedTable } = await import('../planFileImport');
  return importPastedTable(html, tableKind);
}

// A whole plan document is about 0.3 MB; anything this large is not a plan text.
const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

async function pickTextFile(): Promise<{ name: string; text: string } | Problem | null> {
  const file = await getWorkbench().openFile({
    title: '打开规划文本',
    filters: [{ name: '文本文件', extensions: ['txt', 'md'] }],
  });
  if (!file) return null;
  if (file.bytes.length > MAX_TEXT_FILE_BYTES) {
    const megabytes = (file.bytes.length / (1024 * 1024)).toFixed(1);
    return {
      message: `文件大小为 ${megabytes} MB，超过 10 MB 的上限，不像是规划文本，未读取。请只复制指标表所在部分后粘贴`,
      location: { file: file.name },
    };
  }
  return { name: file.name, text: decodeText(file.bytes) };
}
