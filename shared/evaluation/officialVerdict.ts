/**
 * Reads the verdict printed in a 13th-plan completion table (完成情况) into the end-of-term
 * vocabulary. DOMAIN.md「Mid-term judgments」: 基本完成或接近完成 maps to 基本完成; 预计全面完成
 * (an estimate) to 全面完成.
 */
import type { FinalVerdict } from '../domain/verdict';

/** The FinalVerdict an official completion cell means, or null when it is not one of them. */
export function readOfficialVerdict(raw: string): FinalVerdict | null {
  const text = raw.replace(/\s+/g, '');
  if (text.includes('提前')) return '提前完成';
  if (text.includes('未完成')) return '未完成';
  if (text.includes('全面完成')) return '全面完成';
  if (text.includes('基本完成') || text.includes('接近完成')) return '基本完成';
  return null;
}
