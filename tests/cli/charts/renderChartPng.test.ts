import { describe, expect, it } from 'vitest';
import { renderChartPng, renderChartSvg } from '../../../cli/charts/renderChartPng';
import { verdictDonutOption } from '../../../shared/charts/verdictDonutOption';
import { jdzMidtermReport } from '../../shared/report/reportFixture';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('renderChartSvg', () => {
  const option = verdictDonutOption(jdzMidtermReport().summary);

  it('draws the option as SVG with its Chinese labels, and leaves no timer behind', async () => {
    const timers = () =>
      process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const svg = renderChartSvg(option, { width: 640, height: 360 });
    expect(svg).toMatch(/^<svg [^>]*width="640" height="360"/);
    for (const label of ['快于预期', '符合预期', '滞后', '需人工研判', '项指标']) {
      expect(svg).toContain(label);
    }
    // zrender's frame timer fires once more after dispose, then nothing is left to keep Node up.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(timers()).toBeLessThanOrEqual(before);
  });
});

describe('renderChartPng', () => {
  it('rasterises at twice the layout size', async () => {
    const option = verdictDonutOption(jdzMidtermReport().summary);
    const image = await renderChartPng(option, { width: 640, height: 360 });
    expect([...image.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect([image.widthPx, image.heightPx]).toEqual([1280, 720]);
    // The IHDR chunk says the same size as the result.
    const view = new DataView(image.png.buffer, image.png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1280, 720]);
  });
});

describe('value axis ticks', () => {
  it('are written as the app writes numbers: 1200 without a separator, 20,000 with one', () => {
    const option = (max: number) => ({
      animation: false,
      xAxis: { type: 'category', data: ['2021年'] },
      yAxis: { type: 'value', min: 0, max, interval: max / 2 },
      series: [{ type: 'bar', data: [max / 2] }],
    });
    const small = renderChartSvg(option(2400), { width: 320, height: 240 });
    expect(small).toContain('>1200<');
    expect(small).not.toContain('1,200');
    const large = renderChartSvg(option(40000), { width: 320, height: 240 });
    expect(large).toContain('>20,000<');
  });
});
