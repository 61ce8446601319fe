import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import type { ValueStatus } from '../../../../../shared/domain/actualValue';
import { VALUE_STATUSES } from '../../../../../shared/domain/actualValue';
import { DEFAULT_VALUE_STATUS } from '../../../../../shared/domain/defaultValueStatus';
import type { ValueContent } from '../../../db/repositories/actualValuesRepository';

type CellDetailsFormProps = {
  /** The stored value, or null when the cell is empty (then nothing can be described yet). */
  cell: ValueContent | null;
  onSave: (next: ValueContent) => Promise<boolean>;
};

/** Status, source and note of a stored value; saved as one logged change. */
export function CellDetailsForm({ cell, onSave }: CellDetailsFormProps) {
  const [status, setStatus] = useState<ValueStatus>(cell?.status ?? DEFAULT_VALUE_STATUS);
  const [source, setSource] = useState(cell?.source ?? '');
  const [note, setNote] = useState(cell?.note ?? '');
  const [isSaving, setSaving] = useState(false);
  const isDisabled = cell === null;
  const isDirty =
    cell !== null && (status !== cell.status || source !== cell.source || note !== cell.note);

  const save = async () => {
    if (!cell) return;
    setSaving(true);
    await onSave({ ...cell, status, source: source.trim(), note: note.trim() });
    setSaving(false);
  };
  return (
    <Form layout="vertical" size="small" disabled={isDisabled} className="entry-panel-form">
      <Form.Item label="数据状态">
        <Select<ValueStatus>
          aria-label="数据状态"
          value={status}
          onChange={setStatus}
          options={VALUE_STATUSES.map((s) => ({ value: s, label: s }))}
        />
      </Form.Item>
      <Form.Item label="来源">
        <Input
          aria-label="来源"
          value={source}
          placeholder="如：统计年鉴、统计公报、部门报送"
          onChange={(event) => setSource(event.target.value)}
        />
      </Form.Item>
      <Form.Item label="备注">
        <Input.TextArea
          aria-label="备注"
          value={note}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(event) => setNote(event.target.value)}
        />
      </Form.Item>
      <Button
        type="primary"
        size="small"
        disabled={!isDirty}
        loading={isSaving}
        onClick={() => void save()}
      >
        {isDisabled ? '请先填写数值' : '保存状态、来源与备注'}
      </Button>
    </Form>
  );
}
