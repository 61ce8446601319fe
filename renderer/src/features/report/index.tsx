import { Alert, Button, Space, Spin } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { useLivePlans, useLiveUserName } from '../../db/liveQueries';
import type { PlanRow } from '../../db/rows';
import { useAppStore } from '../../state/appStore';
import { useCurrentPlan } from '../../state/useCurrentPlan';
import { EvaluationToolbar } from '../evaluation/components/EvaluationToolbar';
import { ReportPaper } from './components/ReportPaper';
import { useReportActions } from './useReportActions';
import { useReportDocument } from './useReportDocument';
import './report.css';

/** 评估报告: the evaluation report drafted from the data, edited per section, and exported. */
export function ReportPage() {
  const plans = useLivePlans();
  return (
    <>
      <div className="report-screen-only">
        <PageHeader
          title="评估报告"
          description="根据评估结果起草规划纲要实施中期评估报告，可逐节修改，并导出 Word、Excel 和 PDF。"
        />
      </div>
      {plans === undefined ? <Spin /> : null}
      {plans?.length === 0 ? (
        <SectionEmpty
          title="请先在「规划管理」中添加规划，并在「数据填报」中填报实际值"
          details={['报告包括总体评价、主要指标进展情况、存在的主要问题、下一步建议和附表。']}
        />
      ) : null}
      {plans && plans.length > 0 ? <PlanReport plans={plans} /> : null}
    </>
  );
}

function PlanReport({ plans }: { plans: readonly PlanRow[] }) {
  const selection = useAppStore((s) => s.evaluation);
  const { planId, setPlan: selectPlan } = useCurrentPlan(plans);
  const setOptions = useAppStore((s) => s.setEvaluationOptions);
  const userName = useLiveUserName();
  const { bundle, key, report } = useReportDocument(planId, selection);
  const actions = useReportActions(key, userName);
  return (
    <>
      <div className="report-screen-only report-toolbar">
        <EvaluationToolbar
          plans={plans}
          bundle={bundle ?? null}
          year={key?.year ?? null}
          mode={key?.mode ?? null}
          onPlan={selectPlan}
          onOptions={setOptions}
        />
        <Space wrap>
          {(['docx', 'xlsx', 'pdf'] as const).map((kind) => (
            <Button
              key={kind}
              type={kind === 'docx' ? 'primary' : 'default'}
              disabled={!report || (actions.exporting !== null && actions.exporting !== kind)}
              loading={actions.exporting === kind}
              onClick={() => report && void actions.exportFile(kind, report)}
            >
              {EXPORT_LABELS[kind]}
            </Button>
          ))}
        </Space>
      </div>
      {report === undefined ? <Spin /> : null}
      {report && report.dataYear === null ? (
        <Alert
          className="report-screen-only"
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="该规划还没有填报实际值，报告中各项指标均为「数据不足」。请先在「数据填报」中填报。"
        />
      ) : null}
      {report ? (
        <ReportPaper
          report={report}
          onSaveSection={actions.saveSection}
          onRegenerateSection={actions.regenerateSection}
        />
      ) : null}
    </>
  );
}

const EXPORT_LABELS = { docx: '导出 Word', xlsx: '导出 Excel', pdf: '打印 / 导出 PDF' } as const;
