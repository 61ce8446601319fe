import { Segmented, Space, Tooltip } from 'antd';
import type { Measure } from '../../../../../shared/domain/actualValue';
import type { EntryQuantity, Period } from '../../../../../shared/domain/measurePeriod';
import { measureOf, PERIOD_LABELS, splitMeasure } from '../../../../../shared/domain/measurePeriod';

type MeasureSwitchProps = { measure: Measure; onChange: (measure: Measure) => void };

/**
 * What the grid's cells hold: the year, 上半年 or 前三季度, and the level or its growth rate
 * (DOMAIN.md: official real growth beside a current-price level; REAL-REPORTS.md: data to mid-year).
 */
export function MeasureSwitch({ measure, onChange }: MeasureSwitchProps) {
  const split = splitMeasure(measure) ?? { period: 'year', quantity: 'value' };
  return (
    <Space size={4} className="entry-measure">
      <Segmented<Period>
        aria-label="填报期间"
        size="small"
        value={split.period}
        options={PERIOD_OPTIONS}
        onChange={(period) => onChange(measureOf(period, split.quantity))}
      />
      <Tooltip title="增速：当期比上年同期增长（%），如按可比价计算的地区生产总值增速">
        <Segmented<EntryQuantity>
          aria-label="填报口径"
          size="small"
          value={split.quantity}
          options={QUANTITY_OPTIONS}
          onChange={(quantity) => onChange(measureOf(split.period, quantity))}
        />
      </Tooltip>
    </Space>
  );
}

const PERIOD_OPTIONS = (['year', 'firstHalf', 'firstThreeQuarters'] as const).map((period) => ({
  value: period,
  label: PERIOD_LABELS[period],
}));

const QUANTITY_OPTIONS: { value: EntryQuantity; label: string }[] = [
  { value: 'value', label: '水平值' },
  { value: 'growth', label: '增速(%)' },
];
