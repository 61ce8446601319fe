import { describe, expect, it } from 'vitest';
import {
  describeVerdict,
  judgeScan,
  type JustifiedFinding,
} from '../../../scripts/audit/auditVerdict';
import type { ScanFinding } from '../../../scripts/audit/electronegativityScan';

const preloadFinding: ScanFinding = {
  check: 'PRELOAD_JS_CHECK',
  file: 'electron/main/window.ts',
  line: 42,
  column: 6,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  description: 'Review the use of preload scripts',
};
const preloadJustified: JustifiedFinding = {
  check: 'PRELOAD_JS_CHECK',
  file: 'electron/main/window.ts',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  reason: '只暴露任务级方法',
};

describe('judgeScan', () => {
  it('passes when every finding is justified and every justification is used', () => {
    const verdict = judgeScan({ findings: [preloadFinding], unparsed: [] }, [preloadJustified]);
    expect(verdict).toEqual({
      ok: true,
      justified: [preloadFinding],
      unjustified: [],
      stale: [],
      unparsed: [],
    });
  });

  it('fails on a finding the allowlist does not name', () => {
    const sandbox = { ...preloadFinding, check: 'SANDBOX_JS_CHECK', line: 40 };
    const verdict = judgeScan({ findings: [preloadFinding, sandbox], unparsed: [] }, [
      preloadJustified,
    ]);
    expect(verdict.ok).toBe(false);
    expect(verdict.unjustified).toEqual([sandbox]);
  });

  it('does not excuse a finding that grew more certain than the one justified', () => {
    const certain = { ...preloadFinding, confidence: 'CERTAIN' };
    const verdict = judgeScan({ findings: [certain], unparsed: [] }, [preloadJustified]);
    expect(verdict.ok).toBe(false);
    expect(verdict.unjustified).toEqual([certain]);
    expect(verdict.stale).toEqual([preloadJustified]);
  });

  it('fails on a justification no finding matches any more', () => {
    const verdict = judgeScan({ findings: [], unparsed: [] }, [preloadJustified]);
    expect(verdict.ok).toBe(false);
    expect(verdict.stale).toEqual([preloadJustified]);
  });

  it('fails when a file could not be parsed, since it was not audited', () => {
    const unparsed = [{ file: 'renderer/src/x.tsx', message: 'Unexpected token (3:4)' }];
    const verdict = judgeScan({ findings: [], unparsed }, []);
    expect(verdict.ok).toBe(false);
    expect(describeVerdict(verdict)).toEqual([
      '✗ 无法解析 renderer/src/x.tsx，该文件未被审计：Unexpected token (3:4)',
      '未通过：请修复上述问题，或在 scripts/audit/electronegativityAllowlist.ts 与 docs/decisions/0016 中说明理由。',
    ]);
  });
});

describe('describeVerdict', () => {
  it('lists problems first, then the justified findings, then the outcome', () => {
    const sandbox = {
      ...preloadFinding,
      check: 'SANDBOX_JS_CHECK',
      line: 40,
      description: 'Use sandbox',
    };
    const verdict = judgeScan({ findings: [preloadFinding, sandbox], unparsed: [] }, [
      preloadJustified,
    ]);
    expect(describeVerdict(verdict)).toEqual([
      '✗ 未说明的发现 SANDBOX_JS_CHECK（MEDIUM/FIRM）electron/main/window.ts:40:6：Use sandbox',
      '✓ 已说明 PRELOAD_JS_CHECK（MEDIUM/FIRM）electron/main/window.ts:42:6',
      '未通过：请修复上述问题，或在 scripts/audit/electronegativityAllowlist.ts 与 docs/decisions/0016 中说明理由。',
    ]);
  });
});
