import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';

/** 评估分析: verdicts per indicator for an evaluation year. */
export function EvaluationPage() {
  return (
    <>
      <PageHeader
        title="评估分析"
        description="按“时间过半、任务过半”比较时间进度与任务进度，判断各项指标提前实现、快于预期、符合预期或滞后。"
      />
      <SectionEmpty
        title="添加规划并填报实际值后，这里将显示评估结果"
        details={[
          '各项指标的判断、依据说明（数值与规则）以及剩余年份需达到的年均增速。',
          '按判断结果、类别和属性（预期性、约束性）汇总的统计与图表；评估人员可人工研判并注明理由。',
        ]}
      />
    </>
  );
}
