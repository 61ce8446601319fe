import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { IndicatorId } from '../../../../../shared/domain/ids';
import { describeTarget } from '../../../../../shared/domain/describeTarget';
import { BASE_BREAK_LABEL } from '../../../../../shared/evaluation/baseBreak';
import { formatAsWritten } from '../../../../../shared/lib/formatNumber';
import { mergeDownCells } from '../../../components/mergeDownCells';
import { VerdictTag } from '../../../components/VerdictTag';
import type { EvaluationRow } from '../evaluationFilters';
import type { YearActuals } from '../evaluationTableModel';
import { actualCellText, progressBarModel } from '../evaluationTableModel';
import { ProgressBar } from './ProgressBar';

type EvaluationTableProps = {
  rows: readonly EvaluationRow[];
  /** The years whose actuals are shown (first plan year to the evaluation year). */
  years: readonly number[];
  actuals: ReadonlyMap<IndicatorId, ReadonlyMap<number, YearActuals>>;
  onOpen: (indicatorId: IndicatorId) => void;
};

/**
 * Every indicator: base, target, actuals by year, task against time progress, verdict and the
 * one-sentence reason (DOMAIN.md「Mid-term judgments」). A click opens the indicator's detail.
 */
export function EvaluationTable({ rows, years, actuals, onOpen }: EvaluationTableProps) {
  // Some tables (000's completion table) have no 类别 column at all.
  const hasCategories = rows.some((row) => row.indicator.category !== '');
  const columns: ColumnsType<EvaluationRow> = [
    ...(hasCategories ? [categoryColumn(rows)] : []),
    NAME_COLUMN,
    BASE_COLUMN,
    TARGET_COLUMN,
    ...years.map((year) => yearColumn(year, actuals)),
    PROGRESS_COLUMN,
    VERDICT_COLUMN,
    EXPLANATION_COLUMN,
  ];
  return (
    <Table<EvaluationRow>
      size="small"
      bordered
      sticky
      rowKey={(row) => row.indicator.id}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: FIXED_WIDTH + years.length * YEAR_WIDTH }}
      onRow={(row) => ({ onClick: () => onOpen(row.indicator.id), style: { cursor: 'pointer' } })}
      locale={{ emptyText: '没有符合筛选条件的指标，请调整或清除筛选' }}
      columns={columns}
    />
  );
}

function categoryColumn(rows: readonly EvaluationRow[]) {
  return {
    title: '类别',
    width: 64,
    render: (_: unknown, row: EvaluationRow) => row.indicator.category,
    onCell: mergeDownCells([...rows], (row) => row.indicator.category),
  };
}

const NAME_COLUMN: ColumnsType<EvaluationRow>[number] = {
  title: '指标',
  width: 180,
  fixed: 'left',
  render: (_, { indicator }) => (
    <span>
      {indicator.name}
      {indicator.unit ? (
        <Typography.Text type="secondary">（{indicator.unit}）</Typography.Text>
      ) : null}
      {indicator.attribute === '约束性' ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {' '}
          约束性
        </Typography.Text>
      ) : null}
    </span>
  ),
};

// UX.md「Numbers」: the raw plan text next to the parsed meaning, and a revised base said so.
const BASE_COLUMN: ColumnsType<EvaluationRow>[number] = {
  title: '基期值',
  width: 84,
  align: 'right',
  render: (_, { indicator, evaluation, baseBreak }) => (
    <>
      <div>{indicator.baseRaw || '—'}</div>
      {baseBreak && baseBreak.revisedBase === null ? (
        <Tooltip title={baseBreak.text}>
          <span className="base-break-tag">{BASE_BREAK_LABEL}</span>
        </Tooltip>
      ) : null}
      {evaluation.baseRevision ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          修订为{formatAsWritten(evaluation.baseRevision.revisedBase)}
        </Typography.Text>
      ) : null}
    </>
  ),
};

const TARGET_COLUMN: ColumnsType<EvaluationRow>[number] = {
  title: '规划目标',
  width: 150,
  render: (_, { indicator }) => (
    <Tooltip title={`原文：${rawTargetText(indicator)}`}>
      <span>{describeTarget(indicator)}</span>
    </Tooltip>
  ),
};

/** The target and growth cells exactly as the plan wrote them: 「1200｜7 左右」. */
function rawTargetText(indicator: EvaluationRow['indicator']): string {
  return [indicator.targetRaw, indicator.growthRaw].filter(Boolean).join('｜') || '—';
}

function yearColumn(
  year: number,
  actuals: EvaluationTableProps['actuals'],
): ColumnsType<EvaluationRow>[number] {
  return {
    title: `${year}年`,
    key: `year-${year}`,
    width: YEAR_WIDTH,
    align: 'right',
    render: (_, { indicator }) => actualCellText(actuals.get(indicator.id)?.get(year)),
  };
}

const PROGRESS_COLUMN: ColumnsType<EvaluationRow>[number] = {
  title: (
    <Tooltip title="条形为任务进度（从基期值到目标值已完成的比例），竖线为时间进度">
      任务进度
    </Tooltip>
  ),
  width: 140,
  render: (_, { indicator, evaluation }) => (
    <ProgressBar model={progressBarModel(evaluation, indicator.attribute)} />
  ),
};

const VERDICT_COLUMN: ColumnsType<EvaluationRow>[number] = {
  title: '判断',
  width: 104,
  align: 'center',
  render: (_, { indicator, evaluation }) => (
    <VerdictTag
      verdict={evaluation.finalVerdict}
      automaticVerdict={evaluation.automaticVerdict}
      attribute={indicator.attribute}
    />
  ),
};

const EXPLANATION_COLUMN: ColumnsType<EvaluationRow>[number] = {
  title: '依据说明',
  render: (_, { evaluation }) => (
    <Typography.Text className="evaluation-explanation" style={{ fontSize: 13 }}>
      {evaluation.explanation}
    </Typography.Text>
  ),
};

/** Width of one year's column, and of all other columns with the explanation's minimum. */
const YEAR_WIDTH = 76;
const FIXED_WIDTH = 64 + 180 + 84 + 150 + 140 + 104 + 240;
