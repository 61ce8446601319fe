import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';

/** 评估报告: the mid-term evaluation report draft and its exports. */
export function ReportPage() {
  return (
    <>
      <PageHeader
        title="评估报告"
        description="根据评估结果起草规划纲要实施中期评估报告，可逐节修改，并导出 Word、Excel 和 PDF。"
      />
      <SectionEmpty
        title="报告起草与导出将在这里提供；各指标的判断与说明现已可在「评估分析」中查看"
        details={[
          '报告包括总体评价、主要指标进展情况、存在的主要问题、下一步建议和附表《主要指标进展情况表》。',
          'Word 文档按党政机关公文格式（GB/T 9704-2012）排版，附图表及编号题注。',
        ]}
      />
    </>
  );
}
