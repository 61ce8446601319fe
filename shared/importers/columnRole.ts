/**
 * What a column of an indicator table holds, whatever its header says (issue 11, item 3). The
 * grid importer (importPlanGrid) gives every column one role; the review screen and the CLI's
 * `--map` let the user reassign it.
 */
export type ColumnRole =
  /** 序号: dropped (its Chinese numerals may mark category rows). */
  | 'seq'
  /** 类别 / 领域, often merged down the rows. */
  | 'category'
  /** A sub-group column between category and name (森林发展, 空气质量). */
  | 'group'
  | 'name'
  /** 单位 / 计量单位 as its own column. */
  | 'unit'
  /** The value of the year before the period (基期值, 2020年, 2015年, 上年实际). */
  | 'base'
  /** The target of the last year (目标值, 2025年, 规划目标). */
  | 'target'
  /** 年均增长 / 累计 / 年均[累计]: the planned growth or change. */
  | 'growth'
  /** Completion tables: the actual of the last year (2020年实际数). */
  | 'actual'
  /** Completion tables: the achieved growth (实际累计或年均增长). */
  | 'actualGrowth'
  /** Completion tables: 完成情况. */
  | 'verdict'
  /** 属性 / 指标属性 / 性质: 预期性 or 约束性. */
  | 'attribute'
  | 'direction'
  | 'departments'
  | 'remarks'
  /** Kept in the remarks but not evaluated: 2035年远景, 十三五实际 … */
  | 'keep'
  /** Dropped. */
  | 'ignore';

/** Chinese labels of the roles (review screen, CLI output). */
export const COLUMN_ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  seq: '序号（不导入）',
  category: '类别',
  group: '分组',
  name: '指标名称',
  unit: '单位',
  base: '基期值',
  target: '目标值',
  growth: '年均/累计增长',
  actual: '实际值',
  actualGrowth: '实际增长',
  verdict: '完成情况',
  attribute: '属性',
  direction: '方向',
  departments: '责任单位',
  remarks: '备注',
  keep: '保留（不参与评估）',
  ignore: '忽略',
};

export const COLUMN_ROLES = Object.keys(COLUMN_ROLE_LABELS) as ColumnRole[];

/** Short English names accepted by the CLI's `--map` (`0=seq,1=category,2=name`). */
export function isColumnRole(text: string): text is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(text);
}

/** The role chosen for one column, with the header text it came from and why. */
export type ColumnAssignment = {
  /** 0-based column of the grid. */
  readonly column: number;
  readonly role: ColumnRole;
  /** Header text of the column (two-row headers joined: `“十四五”目标 2025年`), '' when none. */
  readonly header: string;
  /** Year written in the header, when any. */
  readonly year: number | null;
  /** How the role was chosen: from the header, from the values, or set by the user. */
  readonly source: 'header' | 'values' | 'user';
};

/** A user's corrections of a reading (review screen, CLI `--map`). */
export type GridOverrides = {
  /** Role per 0-based column. */
  readonly columns?: Readonly<Record<number, ColumnRole>>;
  /** 0-based rows that form the header (replacing the detected header). */
  readonly headerRows?: readonly number[];
  /** 0-based rows to leave out. */
  readonly dropRows?: readonly number[];
};

/**
 * Parses `0=seq,1=category,2=name` (CLI `--map`) or a JSON object `{"0":"seq",…}`. Returns the
 * mapping or a Chinese message naming the bad entry.
 */
export function parseColumnMap(text: string): Record<number, ColumnRole> | string {
  const trimmed = text.trim();
  let entries: [string, unknown][];
  if (trimmed.startsWith('{')) {
    try {
      entries = Object.entries(JSON.parse(trimmed) as Record<string, unknown>);
    } catch {
      return `--map 不是有效的 JSON：「${trimmed.slice(0, 40)}」`;
    }
  } else {
    entries = trimmed
      .split(/[,，;；]/)
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const [key = '', value = ''] = part.split(/[=:：]/);
        return [key.trim(), value.trim()];
      });
  }
  const map: Record<number, ColumnRole> = {};
  for (const [key, value] of entries) {
    if (!/^\d+$/.test(key)) return `--map 中「${key}」不是列号（从 0 开始的整数）`;
    if (typeof value !== 'string' || !isColumnRole(value)) {
      return `--map 中第 ${key} 列的角色「${String(value)}」无法识别，可用：${COLUMN_ROLES.join('、')}`;
    }
    map[Number(key)] = value;
  }
  return Object.keys(map).length === 0 ? '--map 为空：请写成「0=seq,1=category,2=name,…」' : map;
}
