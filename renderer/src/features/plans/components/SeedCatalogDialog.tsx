import { useEffect, useState } from 'react';
import { App, Button, Modal, Table, Tag } from 'antd';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLivePlans } from '../../../db/liveQueries';
import { addPlanBundle } from '../../../db/repositories/plansRepository';
import { listSeeds, loadSeedBundle, type SeedEntry } from '../../../db/seedLoader';
import { describeTableKind } from '../../../lib/planLabels';
import { useUserWriteContext } from '../hooks/useUserWriteContext';

type SeedCatalogDialogProps = { onClose: () => void };

/** 从内置规划创建: the built-in plans, each added with one click unless already present. */
export function SeedCatalogDialog({ onClose }: SeedCatalogDialogProps) {
  const [seeds, setSeeds] = useState<SeedEntry[] | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const plans = useLivePlans();
  const writeContext = useUserWriteContext();
  const { message } = App.useApp();
  useEffect(() => {
    void listSeeds().then(setSeeds);
  }, []);
  const existing = new Set((plans ?? []).map((plan) => plan.id as string));

  const add = async (seed: SeedEntry) => {
    setBusyId(seed.planId);
    try {
      const bundle = await loadSeedBundle(seed.planId);
      if (!bundle) throw new Error(`找不到内置规划「${seed.name}」`);
      await addPlanBundle(getDb(), bundle, writeContext({ type: 'system' }));
      void message.success(`已添加「${seed.name}」`);
    } catch (error) {
      void message.error(describeStorageError(error));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Modal open title="从内置规划创建" width={820} footer={null} onCancel={onClose}>
      <p>内置规划由本软件从规划纲要原文的指标表导入，每一行均已与原文核对。</p>
      <Table<SeedEntry>
        size="small"
        rowKey="planId"
        loading={seeds === null}
        dataSource={seeds ?? []}
        pagination={false}
        columns={[
          { title: '规划', dataIndex: 'name' },
          {
            title: '表格',
            width: 110,
            render: (_, seed) => (
              <Tag color={seed.tableKind === 'completion' ? 'gold' : 'blue'}>
                {describeTableKind(seed.tableKind)}
              </Tag>
            ),
          },
          { title: '指标数', dataIndex: 'indicatorCount', width: 70, align: 'right' },
          {
            title: '',
            width: 90,
            render: (_, seed) =>
              existing.has(seed.planId) ? (
                <Button size="small" disabled>
                  已添加
                </Button>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  loading={busyId === seed.planId}
                  disabled={busyId !== null}
                  onClick={() => void add(seed)}
                >
                  添加
                </Button>
              ),
          },
        ]}
      />
    </Modal>
  );
}
