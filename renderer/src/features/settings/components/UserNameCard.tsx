import { useEffect, useState } from 'react';
import { App, Button, Card, Input, Space, Typography } from 'antd';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLiveUserName } from '../../../db/liveQueries';
import { setUserName } from '../../../db/repositories/settingsRepository';

/** 填报人: the name written into the change log with every change (issue 5 item 4). */
export function UserNameCard() {
  const { message } = App.useApp();
  const stored = useLiveUserName();
  const [draft, setDraft] = useState(stored);
  const [isSaving, setSaving] = useState(false);
  useEffect(() => setDraft(stored), [stored]);
  const trimmed = draft.trim();

  const save = async () => {
    setSaving(true);
    try {
      await setUserName(getDb(), trimmed);
      void message.success(`填报人已设为「${trimmed}」`);
    } catch (error) {
      void message.error(describeStorageError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="填报人" size="small" className="settings-card">
      <Typography.Paragraph type="secondary">
        每次填报、导入、删除或恢复都会以此姓名记入变更记录。
        {stored ? '' : '尚未设置：首次填报时也会询问。'}
      </Typography.Paragraph>
      <Space.Compact style={{ width: 360 }}>
        <Input
          aria-label="填报人姓名"
          placeholder="例如：王芳"
          maxLength={40}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={() => void (trimmed && trimmed !== stored && save())}
        />
        <Button
          type="primary"
          loading={isSaving}
          disabled={!trimmed || trimmed === stored}
          onClick={() => void save()}
        >
          保存
        </Button>
      </Space.Compact>
    </Card>
  );
}
