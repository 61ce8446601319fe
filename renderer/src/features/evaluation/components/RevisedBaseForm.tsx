import { useState } from 'react';
import { Alert, App, Button, Input, InputNumber, Space } from 'antd';
import type { Plan } from '../../../../../shared/domain/plan';
import type { BaseBreak } from '../../../../../shared/evaluation/baseBreak';
import type { Indicator } from '../../../../../shared/domain/indicator';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLiveUserName } from '../../../db/liveQueries';
import { putActualValues } from '../../../db/repositories/actualValuesRepository';
import { appWriteContext } from '../../../db/writeContext';

type RevisedBaseFormProps = {
  plan: Pick<Plan, 'id' | 'baseYear'>;
  indicator: Indicator;
  baseBreak: BaseBreak;
};

/**
 * 基期可能不可比, and the one click to a revised base (DOMAIN.md「Revisions and base breaks」): the
 * base-year figure with its source is saved as the base year's actual value (logged), and the
 * evaluation at once judges against it and says how the target was carried over.
 */
export function RevisedBaseForm({ plan, indicator, baseBreak }: RevisedBaseFormProps) {
  const { message } = App.useApp();
  const userName = useLiveUserName() || '未署名';
  const [isOpen, setOpen] = useState(false);
  const [value, setValue] = useState<number | null>(baseBreak.revisedBase);
  const [source, setSource] = useState('');
  const [isSaving, setSaving] = useState(false);
  const save = async () => {
    if (value === null) return;
    setSaving(true);
    try {
      const next = { value, status: '核实数' as const, source, note: '修订基期值' };
      const change = { indicatorId: indicator.id, year: plan.baseYear, measure: 'value' as const };
      await putActualValues(getDb(), plan.id, [{ ...change, next }], context(userName));
      void message.success(`已录入${plan.baseYear}年修订基期值`);
      setOpen(false);
    } catch (error) {
      void message.error(
        error instanceof Error && error.name === 'Error'
          ? error.message
          : describeStorageError(error),
      );
    } finally {
      setSaving(false);
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={baseBreak.text}
      action={
        isOpen ? null : (
          <Button size="small" onClick={() => setOpen(true)}>
            录入修订基期值
          </Button>
        )
      }
      description={
        isOpen ? (
          <Space wrap>
            <InputNumber
              aria-label={`${plan.baseYear}年修订基期值`}
              placeholder={`${plan.baseYear}年修订基期值`}
              value={value}
              onChange={setValue}
              suffix={indicator.unit || undefined}
              style={{ width: 180 }}
            />
            <Input
              aria-label="修订依据"
              placeholder="依据，如第七次全国人口普查"
              value={source}
              onChange={(event) => setSource(event.target.value)}
              style={{ width: 220 }}
            />
            <Button
              type="primary"
              loading={isSaving}
              disabled={value === null}
              onClick={() => void save()}
            >
              保存
            </Button>
            <Button onClick={() => setOpen(false)}>取消</Button>
          </Space>
        ) : undefined
      }
    />
  );
}

function context(user: string) {
  return appWriteContext(user, { type: 'manual' });
}
