import { Alert, Button, Collapse, Space, Spin } from 'antd';
import type { PlanId } from '../../../../shared/domain/ids';
import type { ReportDocument } from '../../../../shared/report/reportDocument';
import { ReferencePlanSelect } from '../../components/ReferencePlanSelect';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import {
  useLivePlans,
  useLiveReferencePlanIds,
  useLiveReportFraming,
  useLiveUserName,
} from '../../db/liveQueries';
import type { PlanRow } from '../../db/rows';
import { useAppStore } from '../../state/appStore';
import { useCurrentPlan } from '../../state/useCurrentPlan';
import { EvaluationToolbar } from '../evaluation/components/EvaluationToolbar';
import { useReportSettingsWriter } from '../evaluation/hooks/useReportSettingsWriter';
import { ReportFramingForm } from './components/ReportFramingForm';
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
          details={[
            '报告包括评估工作开展情况、主要目标指标实现情况、重点任务推进情况、存在的主要问题、下一步工作建议和附表。',
          ]}
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
        <ExportButtons report={report} actions={actions} />
      </div>
      {key ? (
        <ReportSettings planId={key.planId} plans={plans} draftedTitle={report?.title} />
      ) : null}
      {report === undefined ? <Spin /> : null}
      {report?.dataYear === null ? <NoDataAlert /> : null}
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

function NoDataAlert() {
  return (
    <Alert
      className="report-screen-only"
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title="该规划还没有填报实际值，报告中各项指标均为「数据不足」。请先在「数据填报」中填报。"
    />
  );
}

function ExportButtons(props: {
  report: ReportDocument | undefined;
  actions: ReturnType<typeof useReportActions>;
}) {
  const { report, actions } = props;
  return (
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
  );
}

/** 评估工作情况 and 对比参照, folded away until needed: they are filled once per evaluation. */
function ReportSettings(props: {
  planId: PlanId;
  plans: readonly PlanRow[];
  draftedTitle: string | undefined;
}) {
  const framing = useLiveReportFraming(props.planId);
  const references = useLiveReferencePlanIds(props.planId);
  const writer = useReportSettingsWriter(props.planId);
  const items = [
    {
      key: 'framing',
      label: '评估工作情况（标题、报告人、数据截止日期、评估方式、征求意见部门）',
      children: framing ? (
        <ReportFramingForm
          framing={framing}
          draftedTitle={props.draftedTitle ?? ''}
          onSave={writer.saveFraming}
        />
      ) : (
        <Spin />
      ),
    },
    {
      key: 'references',
      label: `对比参照${references && references.length > 0 ? `（${references.length}个）` : ''}`,
      children: (
        <ReferencePlanSelect
          planId={props.planId}
          plans={props.plans}
          value={references ?? []}
          onChange={(ids) => void writer.saveReferences(ids)}
        />
      ),
    },
  ];
  return <Collapse className="report-screen-only report-settings" size="small" items={items} />;
}

const EXPORT_LABELS = { docx: '导出 Word', xlsx: '导出 Excel', pdf: '打印 / 导出 PDF' } as const;
