import { App, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { asPlanId } from '../../../../shared/domain/ids';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { getDb } from '../../db/db';
import { describeStorageError } from '../../db/errors';
import { useLiveIndicatorCounts, useLivePlans } from '../../db/liveQueries';
import { deletePlan } from '../../db/repositories/plansRepository';
import type { PlanRow } from '../../db/rows';
import { useAppStore } from '../../state/appStore';
import { CreatePlanActions } from './components/CreatePlanActions';
import { EmptyPlanDialog } from './components/EmptyPlanDialog';
import { ImportReview } from './components/ImportReview';
import { PasteImportDialog } from './components/PasteImportDialog';
import { PlanDetail } from './components/PlanDetail';
import { PlanList } from './components/PlanList';
import { SeedCatalogDialog } from './components/SeedCatalogDialog';
import { useUserWriteContext } from './hooks/useUserWriteContext';

/** 规划管理: the list of plans, creating plans, and one plan's indicator table. */
export function PlansPage() {
  const { planId } = useParams();
  const navigate = useNavigate();
  const plans = useLivePlans();
  const draft = useAppStore((s) => s.plans.importDraft);
  const openPlan = (id: string) => navigate(`/plans/${encodeURIComponent(id)}`);

  const body = () => {
    if (draft) return <ImportReview draft={draft} onSaved={openPlan} />;
    if (planId) return <PlanDetail planId={asPlanId(planId)} onBack={() => navigate('/plans')} />;
    return <PlanOverview onOpen={openPlan} />;
  };
  return (
    <>
      <PageHeader
        title="规划管理"
        description="管理五年规划及其主要指标表：从内置规划创建，或粘贴指标表，或从 Word、PDF、Excel、网页文件导入。"
        extra={!draft && !planId && plans?.length ? <CreatePlanActions /> : null}
      />
      {body()}
      <PlanDialogs onCreated={openPlan} />
    </>
  );
}

function PlanOverview({ onOpen }: { onOpen: (planId: string) => void }) {
  const plans = useLivePlans();
  const counts = useLiveIndicatorCounts();
  const writeContext = useUserWriteContext();
  const { message } = App.useApp();
  const remove = (plan: PlanRow) =>
    void deletePlan(getDb(), plan.id, writeContext())
      .then(() => message.success(`已删除「${plan.name}」`))
      .catch((error: unknown) => message.error(describeStorageError(error)));

  if (plans === undefined || counts === undefined) return <Spin />;
  if (plans.length === 0) {
    return (
      <SectionEmpty
        title="尚未添加规划"
        details={[
          '从内置规划创建：景德镇市、昌江区、抚州市“十四五”主要指标表，以及三地“十三五”规划主要指标完成情况表。',
          '粘贴指标表：粘贴从 PDF 或网页复制的指标表或规划全文，核对后保存；也可从 Word、PDF、Excel、网页文件导入，或新建空白规划。',
        ]}
        actions={<CreatePlanActions />}
      />
    );
  }
  return <PlanList plans={plans} indicatorCounts={counts} onOpen={onOpen} onDelete={remove} />;
}

function PlanDialogs({ onCreated }: { onCreated: (planId: string) => void }) {
  const dialog = useAppStore((s) => s.plans.dialog);
  const openPlanDialog = useAppStore((s) => s.openPlanDialog);
  const close = () => openPlanDialog(null);
  if (dialog === 'seeds') return <SeedCatalogDialog onClose={close} />;
  if (dialog === 'paste') return <PasteImportDialog onClose={close} />;
  if (dialog === 'empty') {
    return (
      <EmptyPlanDialog
        onClose={close}
        onCreated={(id) => {
          close();
          onCreated(id);
        }}
      />
    );
  }
  return null;
}
