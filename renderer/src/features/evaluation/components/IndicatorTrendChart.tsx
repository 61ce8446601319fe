import { useMemo, useState } from 'react';
import { App, Button, Typography } from 'antd';
import { indicatorTrendOption } from '../../../../../shared/charts/indicatorTrendOption';
import type { ActualValue } from '../../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../../shared/domain/indicator';
import type { Plan } from '../../../../../shared/domain/plan';
import type { ReviewedEvaluation } from '../../../../../shared/evaluation/applyOverride';
import { EChart } from '../../../charts/EChart';
import { renderChartPng } from '../../../charts/renderChartImage';
import { getWorkbench } from '../../../platform/workbench';

type IndicatorTrendChartProps = {
  plan: Pick<Plan, 'baseYear' | 'targetYear'>;
  indicator: Indicator;
  evaluation: ReviewedEvaluation;
  actualValues: readonly ActualValue[];
};

/** The indicator's actuals against its expected path, with 保存图片 for pasting into documents. */
export function IndicatorTrendChart(props: IndicatorTrendChartProps) {
  const { plan, indicator, evaluation, actualValues } = props;
  const { message } = App.useApp();
  const [isSaving, setSaving] = useState(false);
  const option = useMemo(
    () => indicatorTrendOption({ plan, indicator, evaluation, actualValues }),
    [plan, indicator, evaluation, actualValues],
  );
  if (!option) {
    return (
      <Typography.Paragraph type="secondary">
        该指标的目标（结构比例、累计降幅、相对指标或定性目标）没有单一的水平值可绘制走势，请参阅下方的判断依据。
      </Typography.Paragraph>
    );
  }
  const save = async () => {
    setSaving(true);
    try {
      const bytes = await renderChartPng(option, IMAGE_WIDTH, IMAGE_HEIGHT);
      const result = await getWorkbench().saveFile({
        suggestedName: `${indicator.name}走势图.png`,
        bytes,
        filters: [{ name: 'PNG 图片', extensions: ['png'] }],
      });
      if (result.status === 'saved') void message.success('已保存走势图');
      if (result.status === 'failed') void message.error(result.message);
    } catch {
      void message.error('走势图生成失败，请重试');
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <EChart option={option} height={300} label={`${indicator.name}走势图`} />
      <div style={{ textAlign: 'right' }}>
        <Button size="small" loading={isSaving} onClick={() => void save()}>
          保存图片
        </Button>
      </div>
    </>
  );
}

/** 16 cm wide in Word at 2× (1280 × 720 pixels). */
const IMAGE_WIDTH = 640;
const IMAGE_HEIGHT = 360;
