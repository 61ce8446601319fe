import { Table, Typography } from 'antd';
import type { Indicator } from '../../../../../shared/domain/indicator';
import { describeTarget } from '../../../../../shared/domain/describeTarget';
import type { ReviewedEvaluation } from '../../../../../shared/evaluation/applyOverride';
import { mergeDownCells } from '../../../components/mergeDownCells';
import { VerdictTag } from '../../../components/VerdictTag';

type EvaluationTableProps = {
  indicators: readonly Indicator[];
  evaluations: readonly ReviewedEvaluation[];
};

type Row = { indicator: Indicator; evaluation: ReviewedEvaluation };

/** Every indicator with its verdict and the one-sentence reason (DOMAIN.md「Mid-term judgments」). */
export function EvaluationTable({ indicators, evaluations }: EvaluationTableProps) {
  const rows: Row[] = indicators.flatMap((indicator, index) => {
    const evaluation = evaluations[index];
    return evaluation ? [{ indicator, evaluation }] : [];
  });
  // Some tables (000's completion table) have no 类别 column at all.
  const hasCategories = indicators.some((indicator) => indicator.category !== '');
  return (
    <Table<Row>
      size="small"
      bordered
      sticky
      rowKey={(row) => row.indicator.id}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1000 }}
      columns={[
        ...(hasCategories
          ? [
              {
                title: '类别',
                width: 76,
                render: (_: unknown, row: Row) => row.indicator.category,
                onCell: mergeDownCells(rows, (row) => row.indicator.category),
              },
            ]
          : []),
        {
          title: '指标',
          width: 210,
          fixed: 'left',
          render: (_, { indicator }) => (
            <span>
              {indicator.name}
              {indicator.unit ? (
                <Typography.Text type="secondary">（{indicator.unit}）</Typography.Text>
              ) : null}
            </span>
          ),
        },
        { title: '规划目标', width: 170, render: (_, { indicator }) => describeTarget(indicator) },
        {
          title: '判断',
          width: 118,
          align: 'center',
          render: (_, { indicator, evaluation }) => (
            <VerdictTag
              verdict={evaluation.finalVerdict}
              automaticVerdict={evaluation.automaticVerdict}
              attribute={indicator.attribute}
            />
          ),
        },
        {
          title: '依据说明',
          render: (_, { evaluation }) => (
            <Typography.Text className="evaluation-explanation">
              {evaluation.explanation}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
