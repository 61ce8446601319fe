/**
 * The region and level a table's title names: 「青川县国民经济和社会发展第十五个五年规划主要指标」,
 * 「表1 景德镇市“十四五”规划主要指标」, 「江西省……」. The report's title and its comparisons need the
 * region (reportTitle.ts); without one it reads 「国民经济和社会发展第…」. The import review shows
 * what was read, and the user can correct it.
 */
import type { PlanLevel } from '../domain/plan';
import type { PlanBundle } from '../domain/planBundle';

export type PlanRegion = { readonly region: string; readonly level: PlanLevel };

// A place name: 2–12 characters ending in an administrative suffix, then what plan titles say next.
const TITLE_REGION =
  /^(?:附?表\s*[0-9一二三四五六七八九十]+[：:、.\s]*)?([\u4e00-\u9fff]{1,11}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗))(?=国民经济|[“"「『]|[一二三四五六七八九十]+五|第[一二三四五六七八九十]+个|经济社会|规划|“?十)/;

const NATIONAL = /^(?:附?表\s*[0-9一二三四五六七八九十]+[：:、.\s]*)?(?:中华人民共和国|全国|国家)/;

const LEVEL_OF_SUFFIX: readonly (readonly [RegExp, PlanLevel])[] = [
  [/(?:省|自治区|特别行政区)$/, '省'],
  [/(?:市|自治州|州|盟|地区)$/, '市'],
  [/(?:县|区|旗|自治县)$/, '区县'],
];

/** The region named at the start of a title, with its level; null when none is found. */
export function readPlanRegion(title: string): PlanRegion | null {
  const text = title.trim();
  if (NATIONAL.test(text)) return { region: '全国', level: '国家' };
  const region = TITLE_REGION.exec(text)?.[1];
  if (!region) return null;
  // 「景德镇市昌江区」: the last unit is the plan's own.
  const level = LEVEL_OF_SUFFIX.find(([suffix]) => suffix.test(region))?.[1] ?? '其他';
  return { region, level };
}

/** Lines at the top of a document searched for its title. */
const DOCUMENT_HEAD_LINES = 40;

/**
 * The region a whole document names in its title lines (「景德镇市国民经济和社会发展 / 第十四个五年
 * 规划…」, a page's 「昌江区国民经济和社会发展第十四个五年规划」 under its menus), for a table whose
 * own title names none. Markdown marks and spaces inside a line are ignored.
 */
export function readDocumentRegion(text: string): PlanRegion | null {
  let seen = 0;
  let from = 0;
  while (seen < DOCUMENT_HEAD_LINES && from < text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).replace(/[*#>\s]/g, '');
    from = end < 0 ? text.length : end + 1;
    if (line === '') continue;
    seen += 1;
    const found = readPlanRegion(line);
    if (found) return found;
  }
  return null;
}

/**
 * A bundle whose table title named no region takes the one the document's title lines name (the
 * region the user gave wins; a level the user gave is kept).
 */
export function withDocumentRegion(
  bundle: PlanBundle,
  documentHead: string,
  options: { readonly region?: string; readonly level?: PlanLevel },
): PlanBundle {
  if (options.region !== undefined || bundle.plan.region !== '') return bundle;
  const named = readDocumentRegion(documentHead);
  if (!named) return bundle;
  const level = options.level ?? named.level;
  return { ...bundle, plan: { ...bundle.plan, region: named.region, level } };
}
