import { describe, expect, it } from 'vitest';
import { dataUrlBytes } from '../../../renderer/src/charts/renderChartImage';

// renderChartPng itself needs a real canvas: tests/e2e/evaluation.e2e.test.ts saves a chart image
// in Chromium and checks its PNG header and size.
describe('renderChartImage', () => {
  it('decodes the bytes of a base64 data URL, PNG signature included', () => {
    const url = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==';
    expect([...dataUrlBytes(url)]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
  });
});
