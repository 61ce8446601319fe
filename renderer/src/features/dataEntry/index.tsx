import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';

/** 数据填报: yearly actual values per indicator. */
export function DataEntryPage() {
  return (
    <>
      <PageHeader
        title="数据填报"
        description="按年度填报各项指标的实际值，记录数据状态（预计数、快报数、年报数、核实数）、来源与备注。"
      />
      <SectionEmpty
        title="请先在「规划管理」中添加规划，再填报年度实际值"
        details={[
          '这里将以表格形式列出规划的全部指标，逐年填报实际值，可直接从 Excel 复制粘贴。',
          '每一次修改都会记入变更记录，可查看和撤回。',
        ]}
      />
    </>
  );
}
