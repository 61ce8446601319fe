import { useState } from 'react';
import { Button, Input, Popconfirm, Select, Space, Typography } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import type { Verdict } from '../../../../../shared/domain/verdict';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../../../../../shared/domain/verdict';
import type { ReviewedEvaluation } from '../../../../../shared/evaluation/applyOverride';
import { VerdictTag } from '../../../components/VerdictTag';
import { useVerdictOverrideWriter } from '../hooks/useVerdictOverrideWriter';

type VerdictOverrideFormProps = {
  planId: PlanId;
  evaluation: ReviewedEvaluation;
};

/**
 * 人工研判: the evaluator's verdict, limited to the mode's vocabulary, with a mandatory reason,
 * saved in Dexie; the automatic verdict stays visible and the override can be withdrawn
 * (DOMAIN.md「Mid-term judgments」, UX.md: never silently replaced).
 */
export function VerdictOverrideForm({ planId, evaluation }: VerdictOverrideFormProps) {
  const { override, mode } = evaluation;
  const writer = useVerdictOverrideWriter(planId, evaluation);
  const [verdict, setVerdict] = useState<Verdict | undefined>(override?.verdict);
  const [reason, setReason] = useState(override?.reason ?? '');
  const canSave = verdict !== undefined && reason.trim() !== '' && !writer.isSaving;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <OverrideStatus evaluation={evaluation} />
      <Select<Verdict>
        aria-label="研判结论"
        placeholder="选择研判结论"
        style={{ width: 200 }}
        value={verdict}
        options={(mode === 'midterm' ? MIDTERM_VERDICTS : FINAL_VERDICTS).map((value) => ({
          value,
          label: value,
        }))}
        onChange={setVerdict}
      />
      <Input.TextArea
        aria-label="研判理由"
        placeholder="必填：说明调整判断的理由，例如统计口径变化、一次性因素等"
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Space>
        <Button
          type="primary"
          disabled={!canSave}
          loading={writer.isSaving}
          onClick={() => verdict && void writer.save(verdict, reason)}
        >
          保存研判
        </Button>
        {override ? (
          <Popconfirm
            title="撤销人工研判？"
            description={`将恢复自动判断「${evaluation.automaticVerdict}」（变更记录中保留本次研判）。`}
            okText="撤销"
            cancelText="取消"
            onConfirm={() => writer.remove()}
          >
            <Button disabled={writer.isSaving}>撤销人工研判</Button>
          </Popconfirm>
        ) : null}
        <Typography.Text type="secondary">研判人：{writer.userName}</Typography.Text>
      </Space>
    </Space>
  );
}

/** The automatic verdict always, and the override in force with who decided, when and why. */
function OverrideStatus({ evaluation }: { evaluation: ReviewedEvaluation }) {
  const { override, attribute } = evaluation;
  return (
    <div>
      <Space wrap>
        <span>
          自动判断：
          <VerdictTag verdict={evaluation.automaticVerdict} attribute={attribute} />
        </span>
        {override ? (
          <span className="override-in-force">
            现行结论：
            <VerdictTag
              verdict={evaluation.finalVerdict}
              automaticVerdict={evaluation.automaticVerdict}
              attribute={attribute}
            />
          </span>
        ) : null}
      </Space>
      {override ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {override.decidedBy}于{formatDecidedAt(override.decidedAt)}研判，理由：{override.reason}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** 2026年11月22日 (UX.md「Numbers」: dates). */
function formatDecidedAt(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
