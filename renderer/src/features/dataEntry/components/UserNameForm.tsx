import { useState } from 'react';
import { Button, Input, Space, Typography } from 'antd';

type UserNameFormProps = {
  /** Stores the name; resolves when stored. */
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
};

/**
 * The name asked once for the change log (issue 15 item 1): focus starts in the name box, Enter
 * submits, an empty name is said in the dialog (never thrown), 取消 returns to the cell as typed.
 */
export function UserNameForm({ onSubmit, onCancel }: UserNameFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setError('请填写姓名：变更记录需要记下是谁修改的数据');
    setSaving(true);
    try {
      await onSubmit(trimmed);
    } catch (cause) {
      setSaving(false);
      setError(`姓名未能保存：${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };
  return (
    <div className="user-name-form">
      <p style={{ margin: '4px 0 8px' }}>
        每一次数据修改都会以此姓名记入变更记录。只需填写一次，可在「系统设置」中修改。您刚输入的数值会在填写姓名后保存。
      </p>
      <Input
        aria-label="姓名"
        autoFocus
        maxLength={40}
        placeholder="例如：张三"
        value={name}
        status={error ? 'error' : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        onPressEnter={() => void submit()}
      />
      {error ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 4 }}>
          {error}
        </Typography.Text>
      ) : null}
      <Space style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" loading={isSaving} onClick={() => void submit()}>
          确定
        </Button>
      </Space>
    </div>
  );
}
