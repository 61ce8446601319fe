/**
 * The place a plan document is about, read from its title line (「景德镇市国民经济和社会发展第十四个
 * 五年规划…」), so a report drafted from a text file still names its place (issue 14). Lines are
 * read with their spaces removed, as the documents break and space their titles freely.
 */
import type { PlanLevel } from '../domain/plan';

/** The region and its administrative level, or null when no title line names one. */
export type RegionGuess = { readonly region: string; readonly level: PlanLevel };

const TITLE = /^([\u4e00-\u9fa5]{1,12}?(?:自治区|自治州|省|市|区|县|旗|盟|州))国民经济和社会发展/;

/** Finds the first line that opens with 「<地名>国民经济和社会发展」. */
export function regionFromText(text: string): RegionGuess | null {
  for (const line of text.split(/\r?\n/)) {
    const match = TITLE.exec(line.replace(/\s+/g, ''));
    if (match?.[1]) return { region: match[1], level: levelOf(match[1]) };
  }
  return null;
}

/** 省/自治区 → 省, 市/州/盟 → 市, 区/县/旗 → 区县. */
export function levelOf(region: string): PlanLevel {
  if (/(省|自治区)$/.test(region)) return '省';
  if (/(市|州|盟)$/.test(region)) return '市';
  return '区县';
}
