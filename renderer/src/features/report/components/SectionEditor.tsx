import { useState } from 'react';
import { Button, Input, Space } from 'antd';

type SectionEditorProps = {
  readonly heading: string;
  readonly initialText: string;
  readonly onSave: (text: string) => Promise<void>;
  readonly onCancel: () => void;
};

/** The text of one section in an editor: one paragraph per line, saved on request. */
export function SectionEditor({ heading, initialText, onSave, onCancel }: SectionEditorProps) {
  const [draft, setDraft] = useState(initialText);
  const [isSaving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await onSave(draft);
    } catch {
      // The failure was shown by onSave; the draft stays for another try.
      setSaving(false);
    }
  };
  return (
    <div className="report-screen-only report-editor">
      <Input.TextArea
        aria-label={`${heading} 文字`}
        value={draft}
        autoSize={{ minRows: 6, maxRows: 24 }}
        onChange={(event) => setDraft(event.target.value)}
      />
      <p className="report-editor-hint">每行一段；单独一行的「（一）……」作为二级标题。</p>
      <Space>
        <Button type="primary" loading={isSaving} onClick={() => void save()}>
          保存本节
        </Button>
        <Button disabled={isSaving} onClick={onCancel}>
          取消
        </Button>
      </Space>
    </div>
  );
}
