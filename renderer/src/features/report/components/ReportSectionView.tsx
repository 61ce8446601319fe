import { useState } from 'react';
import { Alert, App, Button, Space, Tag } from 'antd';
import type {
  ReportBlock,
  ReportFigure,
  ReportSection,
} from '../../../../../shared/report/reportDocument';
import { ReportFigureView } from './ReportFigureView';
import { SectionEditor } from './SectionEditor';

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
export function ReportSectionView(props: ReportSectionViewProps) {
  const { section, figures, onSave, onRegenerate } = props;
  const { modal } = App.useApp();
  const [isEditing, setEditing] = useState(false);
  const isEdited = section.editedText !== null;
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
        {isEditing ? null : (
          <Space className="report-screen-only" size={4}>
            {isEdited ? <Tag color="blue">已修改</Tag> : <Tag>自动生成</Tag>}
            <Button size="small" onClick={() => setEditing(true)}>
              编辑本节
            </Button>
            {isEdited ? (
              <Button size="small" onClick={askRegenerate}>
                重新生成
              </Button>
            ) : null}
          </Space>
        )}
      </div>
      {section.isGeneratedTextChanged && !isEditing ? (
        <Alert
          className="report-screen-only"
          type="warning"
          showIcon
          title="数据或评估结果已变化，本节自动生成的内容已不同；下面仍是您修改的文字。如需采用新内容，请点「重新生成」。"
        />
      ) : null}
      {isEditing ? (
        <SectionEditor
          heading={section.heading}
          initialText={section.editedText ?? section.generatedText}
          onSave={async (text) => {
            await onSave(text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <SectionText blocks={section.blocks} />
      )}
      {figures.map((figure) => (
        <ReportFigureView key={figure.id} figure={figure} />
      ))}
    </section>
  );
}

function SectionText({ blocks }: { blocks: readonly ReportBlock[] }) {
  return blocks.map((block, index) =>
    block.kind === 'subheading' ? (
      <h3 key={index}>{block.text}</h3>
    ) : (
      <p key={index}>{block.text}</p>
    ),
  );
}
