import { useMemo } from 'react';
import { Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import { reportEntries } from '../../../../../shared/report/buildReport';
import { compareWithReferences } from '../../../../../shared/report/compareWithReferences';
import { seriesFromPlan } from '../../../../../shared/report/referenceSeries';
import { ReferencePlanSelect } from '../../../components/ReferencePlanSelect';
import { useLivePlans, useLiveReferencePlanIds } from '../../../db/liveQueries';
import { useLivePlanBundles } from '../../../db/planBundleQuery';
import type { ComparisonRow } from '../comparisonRows';
import { comparisonRows } from '../comparisonRows';
import type { EvaluationView } from '../evaluationView';
import { useReportSettingsWriter } from '../hooks/useReportSettingsWriter';

type ComparisonPanelProps = { readonly bundle: PlanBundle; readonly view: EvaluationView };

/**
 * 对比分析 (issue 14「Comparisons」): this plan's indicators beside the same indicators of the
 * plans chosen as references (the province or nation above, the districts below), as the report
 * writes them (「高于全市0.7个百分点」). The choice is shared with 评估报告.
 */
export function ComparisonPanel({ bundle, view }: ComparisonPanelProps) {
  const plans = useLivePlans();
  const ids = useLiveReferencePlanIds(bundle.plan.id);
  const references = useLivePlanBundles(ids);
  const writer = useReportSettingsWriter(bundle.plan.id);
  const table = useMemo(() => {
    if (!references) return null;
    const series = references.map((reference) => seriesFromPlan(bundle.plan, reference));
    return comparisonRows(compareWithReferences(reportEntries(bundle, view.result), series));
  }, [bundle, view.result, references]);
  if (!plans || plans.length < 2) return null;
  return (
    <Card size="small" title="对比分析" style={{ marginBottom: 12 }} className="comparison-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        <ReferencePlanSelect
          planId={bundle.plan.id}
          plans={plans}
          value={ids ?? []}
          onChange={(next) => void writer.saveReferences(next)}
        />
        {table && (ids?.length ?? 0) > 0 ? (
          <Table<ComparisonRow>
            size="small"
            rowKey="key"
            pagination={false}
            columns={columnsOf(table.labels, bundle.plan.region || '本地区')}
            dataSource={[...table.rows]}
            locale={{ emptyText: '所选参照规划与本规划没有共同的、有数据的指标' }}
          />
        ) : (
          <Typography.Text type="secondary">
            选择上级（全省、全国）或下辖地区的规划后，在此按相同指标并列对比。
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

function columnsOf(labels: readonly string[], own: string): ColumnsType<ComparisonRow> {
  return [
    { title: '指标', dataIndex: 'name', key: 'name' },
    { title: '单位', dataIndex: 'unit', key: 'unit', width: 80 },
    { title: '年份', dataIndex: 'year', key: 'year', width: 70 },
    { title: '对比口径', dataIndex: 'measure', key: 'measure', width: 90 },
    { title: own, dataIndex: 'own', key: 'own', align: 'right', width: 100 },
    ...labels.map((label, index) => ({
      title: label,
      key: `reference:${index}`,
      align: 'right' as const,
      width: 100,
      render: (_: unknown, row: ComparisonRow) => row.references[index] ?? '—',
    })),
    { title: '位次', dataIndex: 'rank', key: 'rank', width: 70 },
    { title: '报告表述', dataIndex: 'text', key: 'text' },
  ];
}
