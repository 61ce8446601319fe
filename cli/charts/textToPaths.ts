/**
 * Chart text turned into outlines once per report (issue 14「report with charts still under 3 s」).
 * resvg reads the CJK font anew for every glyph it lays out and loads the system font list for
 * every SVG: a report's 8 charts spent ~2 s there, most of it on labels that repeat from chart to
 * chart (2021年, 5项, 符合预期). Here every distinct text element of the report — its attributes
 * and content, without its `transform` — goes through resvg once (textOutlines.ts), and resvg's own
 * outlines (usvg's output) replace the text elements of each chart inside a group that carries
 * the element's transform. The outlines are the ones resvg would draw, so the PNG stays the same.
 */
import { textOutlines, type TextFontOptions } from './textOutlines';

export type { TextFontOptions } from './textOutlines';

/** A text element without children, as ECharts' SSR writes them. */
const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const TRANSFORM = /\stransform="([^"]*)"/;

/**
 * The SVGs with every text element replaced by its outlines. A text resvg draws nothing for
 * (whitespace) or whose outlines cannot be found in its output stays as it is, so resvg still
 * draws it when rasterising.
 */
export async function textToPaths(
  svgs: readonly string[],
  font: TextFontOptions,
): Promise<string[]> {
  const keys: string[] = [];
  const index = new Map<string, number>();
  for (const svg of svgs) {
    for (const match of svg.matchAll(TEXT_ELEMENT)) {
      const key = canonicalText(match[0]);
      if (!index.has(key)) {
        index.set(key, keys.length);
        keys.push(key);
      }
    }
  }
  if (keys.length === 0) return [...svgs];
  const outlines = await textOutlines(keys, font);
  return svgs.map((svg) =>
    svg.replace(TEXT_ELEMENT, (element) => {
      const drawn = outlines.get(index.get(canonicalText(element)) ?? -1);
      if (drawn === undefined) return element;
      const transform = TRANSFORM.exec(element)?.[1];
      return transform === undefined
        ? `<g>${drawn}</g>`
        : `<g transform="${transform}">${drawn}</g>`;
    }),
  );
}

/** The element without its transform: equal keys draw the same outlines in their own frame. */
function canonicalText(element: string): string {
  return element.replace(TRANSFORM, '');
}
