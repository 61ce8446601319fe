/**
 * The year a plan's notes give for base values marked `*`: 「带*的为2019年数据」 (DOMAIN.md「The
 * main indicator table」; source-doc 000 line 1015). Issue 12, item 5: the base keeps its own year,
 * so increments and time progress can count from it.
 */

// 带*的为2019年数据, 标*为2019年数, 加“*”的为 2019 年数据; full-width ＊ as well.
const STARRED_NOTE =
  /[带标加注][“"]?[*＊][”"]?(?:号)?(?:的)?(?:指标)?(?:为|系|是)\s*((?:19|20)\d{2})\s*年/;

/** The year the notes give for starred base values, or null when they give none. */
export function starredDataYear(notesText: string): number | null {
  const match = STARRED_NOTE.exec(notesText);
  return match ? Number(match[1]) : null;
}
