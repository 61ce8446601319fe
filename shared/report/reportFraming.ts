/**
 * What the evaluator fills once per evaluation and the report is framed by (issue 14, REAL-REPORTS.md
 * 「Outline」 variant B): who commissioned the evaluation, its scope, the data cut-off, the methods,
 * the departments consulted, and the title block real reports carry (报告人/会议 line, date). Every
 * field may be left empty; the report then says only what it knows.
 */

/** Methods real reports name in 一、评估工作开展情况. */
export type EvaluationMethod =
  'statistics' | 'selfAssessment' | 'thirdParty' | 'questionnaire' | 'thematicStudy';

/** How each method is named in the report, in the order reports list them. */
export const EVALUATION_METHOD_LABELS: Readonly<Record<EvaluationMethod, string>> = {
  statistics: '统计数据分析',
  selfAssessment: '部门自评估',
  thirdParty: '第三方评估',
  questionnaire: '问卷调查',
  thematicStudy: '专题研究',
};

/** Every method, in report order. */
export const EVALUATION_METHODS = Object.keys(EVALUATION_METHOD_LABELS) as EvaluationMethod[];

/** The framing of one evaluation; strings are as the evaluator typed them, '' when not given. */
export type ReportFraming = {
  /** A title typed by the evaluator instead of the drafted one. */
  readonly title: string;
  /** The place name when the plan does not carry one (a plan read from text). */
  readonly region: string;
  /** 报告人: 「市发展改革委主任 张三」. */
  readonly reporter: string;
  /** 会议: 「在市十六届人大常委会第十五次会议上」. */
  readonly meeting: string;
  /** 报告日期 as printed: 「2023年8月28日」. */
  readonly reportDate: string;
  /** 委托/组织单位: 「市人民政府」. */
  readonly commissioner: string;
  /** 评估范围: 「《纲要》及12项市级专项规划」; empty means the 纲要 alone. */
  readonly scope: string;
  /** Data cut-off as an ISO date (2023-06-30), '' when not given. */
  readonly cutoffDate: string;
  readonly methods: readonly EvaluationMethod[];
  /** Departments (and counties) consulted, one name each. */
  readonly departments: readonly string[];
};

/** Nothing filled: the report drafts from the plan and the data alone. */
export const EMPTY_FRAMING: ReportFraming = {
  title: '',
  region: '',
  reporter: '',
  meeting: '',
  reportDate: '',
  commissioner: '',
  scope: '',
  cutoffDate: '',
  methods: [],
  departments: [],
};

const TEXT_FIELDS = [
  'title',
  'region',
  'reporter',
  'meeting',
  'reportDate',
  'commissioner',
  'scope',
  'cutoffDate',
] as const;

/**
 * Reads a stored framing leniently (settings rows are plain JSON): known fields of the right type
 * are kept, anything else falls back to empty, so an old or hand-edited row never breaks the report.
 */
export function readFraming(value: unknown): ReportFraming {
  if (typeof value !== 'object' || value === null) return EMPTY_FRAMING;
  const row = value as Record<string, unknown>;
  const texts = Object.fromEntries(
    TEXT_FIELDS.map((key) => [
      key,
      typeof row[key] === 'string' ? (row[key] as string).trim() : '',
    ]),
  ) as Record<(typeof TEXT_FIELDS)[number], string>;
  const methods = Array.isArray(row.methods)
    ? EVALUATION_METHODS.filter((method) => (row.methods as unknown[]).includes(method))
    : [];
  const departments = Array.isArray(row.departments)
    ? row.departments.filter(
        (name): name is string => typeof name === 'string' && name.trim() !== '',
      )
    : [];
  return { ...texts, methods, departments: departments.map((name) => name.trim()) };
}

/** 2023-06-30 → 2023年6月30日; other texts unchanged. */
export function formatCutoff(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Splits a typed list of departments (、，, ; or new lines) into names. */
export function splitDepartments(text: string): string[] {
  return text
    .split(/[、，,；;\n]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
