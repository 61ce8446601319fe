import { useEffect, useState } from 'react';
import { Alert, App, Button, Drawer, Form, InputNumber, Popconfirm, Space, Typography } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import type { EvaluationSettings } from '../../../../../shared/evaluation/evaluationSettings';
import { changedSettings } from '../../../../../shared/evaluation/settingsNote';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLivePlanEvaluationSettings, useLiveUserName } from '../../../db/liveQueries';
import {
  resetPlanEvaluationSettings,
  savePlanEvaluationSettings,
} from '../../../db/repositories/evaluationSettingsRepository';
import { appWriteContext } from '../../../db/writeContext';
import type { SettingsFormValues } from '../settingsFormModel';
import { formValuesOf, SETTINGS_GROUPS, settingsFromForm } from '../settingsFormModel';

type EvaluationSettingsDrawerProps = {
  planId: PlanId;
  planName: string;
  open: boolean;
  onClose: () => void;
};

/**
 * 评估阈值 of one plan (docs/evaluation-method.md「二、默认阈值及其来源」): edited here, saved in
 * Dexie, used at once by 评估分析 and 评估报告 and printed in the report's method note.
 */
export function EvaluationSettingsDrawer(props: EvaluationSettingsDrawerProps) {
  const { planId, planName, open, onClose } = props;
  const settings = useLivePlanEvaluationSettings(planId);
  const [form] = Form.useForm<SettingsFormValues>();
  const [error, setError] = useState<string | null>(null);
  const writer = useSettingsWriter(planId);
  useEffect(() => {
    if (open && settings) form.setFieldsValue(formValuesOf(settings));
  }, [open, settings, form]);
  const changed = settings ? changedSettings(settings).length : 0;
  const save = async () => {
    if (!settings) return;
    const parsed = settingsFromForm(settings, form.getFieldsValue(true) as SettingsFormValues);
    if (!parsed.ok) return setError(parsed.error.message);
    setError(null);
    await writer.save(parsed.value);
  };
  return (
    <Drawer
      title={`评估阈值：${planName}`}
      open={open}
      onClose={onClose}
      size={520}
      extra={
        <Space>
          <Popconfirm
            title="恢复默认阈值？"
            description="本规划的评估阈值将恢复为评估方法说明中的默认值（变更记录中保留修改前的值）。"
            okText="恢复默认"
            cancelText="取消"
            onConfirm={() => writer.reset().then(() => setError(null))}
          >
            <Button disabled={writer.isSaving}>恢复默认</Button>
          </Popconfirm>
          <Button type="primary" loading={writer.isSaving} onClick={() => void save()}>
            保存
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {changed === 0 ? '当前均为默认值。' : `已有${changed}项不同于默认值。`}
        保存后，评估分析和评估报告立即按新阈值评价，评估报告的方法说明中列出所用阈值。进度比R为实际进度与应有进度之比。
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="horizontal" labelCol={{ span: 15 }} size="small">
        {SETTINGS_GROUPS.map((group) => (
          <div key={group.title}>
            <Typography.Title level={5}>{group.title}</Typography.Title>
            {group.fields.map((field) => (
              <Form.Item key={field.path} name={field.path} label={field.label}>
                <InputNumber
                  aria-label={field.label}
                  style={{ width: 150 }}
                  step={field.scale === 'percent' ? 1 : 0.1}
                  suffix={field.scale === 'percent' ? '%' : '个百分点'}
                />
              </Form.Item>
            ))}
          </div>
        ))}
      </Form>
    </Drawer>
  );
}

function useSettingsWriter(planId: PlanId) {
  const { message } = App.useApp();
  const userName = useLiveUserName() || '未署名';
  const [isSaving, setSaving] = useState(false);
  const run = async (write: () => Promise<void>, done: string) => {
    setSaving(true);
    try {
      await write();
      void message.success(done);
    } catch (error) {
      void message.error(
        error instanceof Error && /设置项/.test(error.message)
          ? error.message
          : describeStorageError(error),
      );
    } finally {
      setSaving(false);
    }
  };
  const context = () => appWriteContext(userName, { type: 'manual' });
  return {
    isSaving,
    save: (settings: EvaluationSettings) =>
      run(() => savePlanEvaluationSettings(getDb(), planId, settings, context()), '评估阈值已保存'),
    reset: () =>
      run(() => resetPlanEvaluationSettings(getDb(), planId, context()), '已恢复默认阈值'),
  };
}
