/**
 * Chart text turned into resvg's own outlines once per report (issue 14: report with charts under
 * 3 s): no text element is left for resvg to lay out again, repeated labels are drawn once, and
 * the PNG is the one resvg draws from the text itself.
 */
import { describe, expect, it } from 'vitest';
import { CHART_FONT, rasteriseSvg, renderChartSvg } from '../../../cli/charts/renderChartPng';
import { textToPaths } from '../../../cli/charts/textToPaths';
import { verdictDonutOption } from '../../../shared/charts/verdictDonutOption';
import { jdzMidtermReport } from '../../shared/report/reportFixture';

const SIZE = { width: 640, height: 360 };

describe('textToPaths', () => {
  const svg = renderChartSvg(verdictDonutOption(jdzMidtermReport().summary), SIZE);

  it('replaces every text element by outlines in a group with its transform', async () => {
    expect(svg.match(/<text\b/g)?.length).toBeGreaterThan(5);
    const [outlined] = await textToPaths([svg], CHART_FONT);
    expect(outlined).not.toMatch(/<text\b/);
    const transforms = [...svg.matchAll(/<text\b[^>]*\stransform="([^"]*)"/g)].map((m) => m[1]);
    const groups = [...(outlined ?? '').matchAll(/<g transform="([^"]*)">\s*<g>\s*<path/g)];
    expect(groups.map((m) => m[1])).toEqual(transforms);
  });

  it('draws the same PNG as resvg drawing the text itself', async () => {
    const [outlined] = await textToPaths([svg], CHART_FONT);
    const direct = await rasteriseSvg(svg);
    const fromOutlines = await rasteriseSvg(outlined ?? '');
    expect(Buffer.from(fromOutlines.png).equals(Buffer.from(direct.png))).toBe(true);
  });

  it('leaves an SVG without text as it is, and a text it cannot outline as text', async () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
    const blank =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="1" y="5"> </text></svg>';
    expect(await textToPaths([plain, blank], CHART_FONT)).toEqual([plain, blank]);
  });
});
