import { normaliseCellText } from '../parsing/normaliseCellText';

/**
 * The category after reading a category cell in 002's layout. A blank cell keeps the category.
 * Page breaks cut merged category cells into pieces: a piece contained in the current category
 * (`级` after `转型升级`, `生态`/`文明` after `生态文明`; 002 lines 307, 337, 341) keeps it, and a
 * short piece on the first row after a repeated header completes a short category (`生态文` +
 * `明`, 002 lines 320, 327).
 */
export function nextCategory(current: string, cell: string, isAfterPageBreak: boolean): string {
  const label = normaliseCellText(cell);
  if (label === '') return current;
  if (current !== '' && current.includes(label)) return current;
  // Only a piece right after a repeated header can complete the category: two short categories in
  // a row (经济 then 民生, merged cells of a workbook) are two categories, not 经济民生.
  if (isAfterPageBreak && current !== '' && label.length <= 2 && current.length < 4) {
    return current + label;
  }
  return label;
}
