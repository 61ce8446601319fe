import { Descriptions, Divider, Drawer, Typography } from 'antd';
import { describeTarget } from '../../../../../shared/domain/describeTarget';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import type { ReviewedEvaluation } from '../../../../../shared/evaluation/applyOverride';
import { VerdictTag } from '../../../components/VerdictTag';
import type { EvaluationRow } from '../evaluationFilters';
import { numberUsedText, remainingNeedText } from '../indicatorDetailModel';
import { IndicatorTrendChart } from './IndicatorTrendChart';
import { RevisedBaseForm } from './RevisedBaseForm';
import { VerdictOverrideForm } from './VerdictOverrideForm';

type IndicatorDetailProps = {
  bundle: PlanBundle;
  row: EvaluationRow | null;
  onClose: () => void;
};

/**
 * One indicator: its trend against the expected path, why the verdict was given (numbers and
 * rule), what the remaining years need, and the evaluator's override (DOMAIN.md「Mid-term
 * judgments」).
 */
export function IndicatorDetail({ bundle, row, onClose }: IndicatorDetailProps) {
  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
      rootClassName="indicator-detail"
      title={row ? titleOf(row) : null}
      extra={
        row ? (
          <VerdictTag
            verdict={row.evaluation.finalVerdict}
            automaticVerdict={row.evaluation.automaticVerdict}
            attribute={row.indicator.attribute}
          />
        ) : null
      }
    >
      {row ? <DetailBody bundle={bundle} row={row} /> : null}
    </Drawer>
  );
}

function titleOf({ indicator }: EvaluationRow): string {
  return indicator.unit ? `${indicator.name}（${indicator.unit}）` : indicator.name;
}

function DetailBody({ bundle, row }: { bundle: PlanBundle; row: EvaluationRow }) {
  const { indicator, evaluation } = row;
  const need = remainingNeedText(evaluation, indicator, bundle.plan);
  return (
    <>
      {row.baseBreak ? (
        <RevisedBaseForm plan={bundle.plan} indicator={indicator} baseBreak={row.baseBreak} />
      ) : null}
      <Descriptions size="small" column={2} items={facts(row)} />
      <Divider titlePlacement="start">走势</Divider>
      <IndicatorTrendChart
        plan={bundle.plan}
        indicator={indicator}
        evaluation={evaluation}
        actualValues={bundle.actualValues}
      />
      <Divider titlePlacement="start">判断依据</Divider>
      <Typography.Paragraph className="detail-explanation">
        {evaluation.explanation}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        规则：{evaluation.rule}
      </Typography.Paragraph>
      {evaluation.numbers.length > 0 ? (
        <Descriptions size="small" column={2} title="计算所用数据" items={numbersOf(evaluation)} />
      ) : null}
      <Typography.Paragraph strong style={{ marginTop: 12 }}>
        剩余年份需要：{need ?? '—（该类指标按每年是否达标评价，或已到目标年）'}
      </Typography.Paragraph>
      <Divider titlePlacement="start">人工研判</Divider>
      <VerdictOverrideForm
        key={overrideKey(evaluation)}
        planId={bundle.plan.id}
        evaluation={evaluation}
      />
    </>
  );
}

function facts({ indicator, evaluation }: EvaluationRow) {
  return [
    { key: 'category', label: '类别', children: indicator.category || '—' },
    { key: 'attribute', label: '属性', children: indicator.attribute },
    { key: 'base', label: '基期值（原文）', children: indicator.baseRaw || '—' },
    {
      key: 'target',
      label: '规划目标',
      children: `${describeTarget(indicator)}（原文：${[indicator.targetRaw, indicator.growthRaw].filter(Boolean).join('｜') || '—'}）`,
    },
    {
      key: 'departments',
      label: '责任单位',
      children: indicator.departments.join('、') || '未填写',
    },
    {
      key: 'dataYear',
      label: '所用数据年份',
      children: evaluation.dataYear === null ? '无' : `${evaluation.dataYear}年`,
    },
  ];
}

function numbersOf(evaluation: ReviewedEvaluation) {
  return evaluation.numbers.map((number, index) => {
    const text = numberUsedText(number, evaluation);
    return { key: String(index), label: text.label, children: text.value };
  });
}

/** A fresh form when another override is saved elsewhere (the form's fields start from it). */
function overrideKey(evaluation: ReviewedEvaluation): string {
  return `${evaluation.indicatorId}|${evaluation.override?.decidedAt ?? 'auto'}`;
}
