import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';

/** 规划管理: the list of plans and their indicator tables. */
export function PlansPage() {
  return (
    <>
      <PageHeader
        title="规划管理"
        description="管理五年规划及其主要指标表：从内置规划创建，或粘贴、导入规划文本和 Excel 指标表。"
      />
      <SectionEmpty
        title="尚未添加规划"
        details={[
          '这里将列出已添加的规划，以及每个规划的主要指标（类别、指标、基期值、目标值、年均/累计增长、属性）。',
          '可从内置规划（景德镇市、昌江区、抚州市“十四五”规划及“十三五”完成情况表）创建，或粘贴指标表文本、导入 Excel。',
        ]}
      />
    </>
  );
}
