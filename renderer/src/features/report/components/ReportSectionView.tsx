import { useState } from 'react';
import { Alert, App, Button, Input, Space, Tag } from 'antd';
import type { ReportFigure, ReportSection } from '../../../../../shared/report/reportDocument';
import { ReportFigureView } from './ReportFigureView';

type ReportSectionViewProps = {
  readonly section: ReportSection;
  readonly figures: readonly ReportFigure[];
  /** Saves the evaluator's text of this section. */
  readonly onSave: (text: string) => Promise<void>;
  /** Drops the evaluator's text: the generated text is used again. */
  readonly onRegenerate: () => Promise<void>;
};

/**
 * One section of the report: heading, text and figures as they will print, and the editing
 * controls (hidden on paper). Regenerating an edited section asks first (issue 6).
 */
export function ReportSectionView({
  section,
  figures,
  onSave,
  onRegenerate,
}: ReportSectionViewProps) {
  const { modal } = App.useApp();
  const [draft, setDraft] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const isEdited = section.editedText !== null;
  const save = async () => {
    if (draft === null) return;
    setSaving(true);
    try {
      await onSave(draft);
      setDraft(null);
    } finally {
      setSaving(false);
    }
  };
  const askRegenerate = () =>
    modal.confirm({
      title: `重新生成「${section.heading}」？`,
      content: '将用根据当前数据和评估结果自动生成的内容替换您修改过的文字，您的修改将不再保留。',
      okText: '重新生成',
      okButtonProps: { danger: true },
      cancelText: '保留我的修改',
      onOk: onRegenerate,
    });
  return (
    <section className="report-section" data-section={section.id}>
      <div className="report-section-heading">
        <h2>{section.heading}</h2>
        <Space className="report-screen-only" size={4}>
          {isEdited ? <Tag color="blue">已修改</Tag> : <Tag>自动生成</Tag>}
          {draft === null ? (
            <Button
              size="small"
              onClick={() => setDraft(section.editedText ?? section.generatedText)}
            >
              编辑本节
            </Button>
          ) : null}
          {isEdited && draft === null ? (
            <Button size="small" onClick={askRegenerate}>
              重新生成
            </Button>
          ) : null}
        </Space>
      </div>
      {section.isGeneratedTextChanged && draft === null ? (
        <Alert
          className="report-screen-only"
          type="warning"
          showIcon
          title="数据或评估结果已变化，本节自动生成的内容已不同；下面仍是您修改的文字。如需采用新内容，请点「重新生成」。"
        />
      ) : null}
      {draft === null ? (
        section.blocks.map((block, index) =>
          block.kind === 'subheading' ? (
            <h3 key={index}>{block.text}</h3>
          ) : (
            <p key={index}>{block.text}</p>
          ),
        )
      ) : (
        <div className="report-screen-only report-editor">
          <Input.TextArea
            aria-label={`${section.heading} 文字`}
            value={draft}
            autoSize={{ minRows: 6, maxRows: 24 }}
            onChange={(event) => setDraft(event.target.value)}
          />
          <p className="report-editor-hint">每行一段；单独一行的「（一）……」作为二级标题。</p>
          <Space>
            <Button type="primary" loading={isSaving} onClick={() => void save()}>
              保存本节
            </Button>
            <Button disabled={isSaving} onClick={() => setDraft(null)}>
              取消
            </Button>
          </Space>
        </div>
      )}
      {figures.map((figure) => (
        <ReportFigureView key={figure.id} figure={figure} />
      ))}
    </section>
  );
}
