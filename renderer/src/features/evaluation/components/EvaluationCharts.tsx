import { useMemo } from 'react';
import { Card, Col, Row } from 'antd';
import { categoryBarsOption } from '../../../../../shared/charts/categoryBarsOption';
import { verdictDonutOption } from '../../../../../shared/charts/verdictDonutOption';
import type { EvaluationSummary } from '../../../../../shared/evaluation/summarizeEvaluations';
import { EChart } from '../../../charts/EChart';

type EvaluationChartsProps = { summary: EvaluationSummary };

/** Verdict counts (donut) and verdicts by category (stacked bars), side by side. */
export function EvaluationCharts({ summary }: EvaluationChartsProps) {
  const donut = useMemo(() => verdictDonutOption(summary), [summary]);
  const bars = useMemo(() => categoryBarsOption(summary), [summary]);
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={24} lg={9}>
        <Card size="small" title="判断结果分布">
          <EChart option={donut} height={CHART_HEIGHT} label="判断结果分布图" />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        <Card size="small" title="分类别判断结果">
          <EChart option={bars} height={CHART_HEIGHT} label="分类别判断结果图" />
        </Card>
      </Col>
    </Row>
  );
}

const CHART_HEIGHT = 260;
