/**
 * Compares a scan with the allowlist (docs/decisions/0016): the audit passes only when every
 * finding is justified, every justification still matches a finding, and every file was parsed.
 */
import type { ScanFinding, ScanResult, UnparsedFile } from './electronegativityScan';

/** One finding left in place on purpose, with the reason in Chinese. */
export type JustifiedFinding = {
  readonly check: string;
  readonly file: string;
  /** Matched too, so that a finding growing worse (e.g. FIRM → CERTAIN) is not excused. */
  readonly severity: string;
  readonly confidence: string;
  readonly reason: string;
};

/** The outcome of one audit. */
export type AuditVerdict = {
  readonly ok: boolean;
  readonly justified: readonly ScanFinding[];
  readonly unjustified: readonly ScanFinding[];
  /** Allowlist entries no finding matched any more: remove them so the list stays honest. */
  readonly stale: readonly JustifiedFinding[];
  readonly unparsed: readonly UnparsedFile[];
};

function matches(entry: JustifiedFinding, finding: ScanFinding): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    entry.severity === finding.severity &&
    entry.confidence === finding.confidence
  );
}

/** Sorts the scan's findings into justified and unjustified, and finds stale entries. */
export function judgeScan(scan: ScanResult, allowlist: readonly JustifiedFinding[]): AuditVerdict {
  const justified = scan.findings.filter((f) => allowlist.some((entry) => matches(entry, f)));
  const unjustified = scan.findings.filter((f) => !allowlist.some((entry) => matches(entry, f)));
  const stale = allowlist.filter((entry) => !scan.findings.some((f) => matches(entry, f)));
  return {
    ok: unjustified.length === 0 && stale.length === 0 && scan.unparsed.length === 0,
    justified,
    unjustified,
    stale,
    unparsed: scan.unparsed,
  };
}

/** The verdict as Chinese report lines, problems first. */
export function describeVerdict(verdict: AuditVerdict): string[] {
  const where = (f: ScanFinding) => `${f.file}:${f.line}:${f.column}`;
  const lines: string[] = [];
  for (const f of verdict.unjustified) {
    lines.push(
      `✗ 未说明的发现 ${f.check}（${f.severity}/${f.confidence}）${where(f)}：${f.description}`,
    );
  }
  for (const entry of verdict.stale) {
    lines.push(`✗ 允许清单中的 ${entry.check} ${entry.file} 已不再出现，请从清单中删除`);
  }
  for (const file of verdict.unparsed) {
    lines.push(`✗ 无法解析 ${file.file}，该文件未被审计：${file.message}`);
  }
  for (const f of verdict.justified) {
    lines.push(`✓ 已说明 ${f.check}（${f.severity}/${f.confidence}）${where(f)}`);
  }
  lines.push(
    verdict.ok
      ? `通过：${verdict.justified.length} 项发现均已在 docs/decisions/0016 中说明。`
      : '未通过：请修复上述问题，或在 scripts/audit/electronegativityAllowlist.ts 与 docs/decisions/0016 中说明理由。',
  );
  return lines;
}
