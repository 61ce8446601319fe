import { describe, expect, it } from 'vitest';
import {
  heavyLibrariesOf,
  heavyRequests,
  packageOfModule,
} from '../../../scripts/bench/browserChunks';

describe('packageOfModule', () => {
  it('names the package of a bundled file, scoped or not, nested or not', () => {
    expect(packageOfModule('/w/node_modules/xlsx/xlsx.mjs')).toBe('xlsx');
    expect(packageOfModule('/w/node_modules/@ant-design/icons/es/index.js')).toBe(
      '@ant-design/icons',
    );
    expect(packageOfModule('/w/node_modules/exceljs/node_modules/jszip/lib/index.js')).toBe(
      'jszip',
    );
    expect(packageOfModule('C:\\w\\node_modules\\echarts\\core.js')).toBe('echarts');
  });

  it("returns null for the project's own modules", () => {
    expect(packageOfModule('/w/renderer/src/main.tsx')).toBeNull();
  });
});

describe('heavyLibrariesOf', () => {
  it('lists each heavy library of a chunk once, and nothing for a light chunk', () => {
    const echarts = ['/w/node_modules/zrender/lib/a.js', '/w/node_modules/echarts/lib/b.js'];
    expect(heavyLibrariesOf([...echarts, '/w/node_modules/echarts/lib/c.js'])).toEqual([
      'echarts',
      'zrender',
    ]);
    expect(heavyLibrariesOf(['/w/node_modules/react/index.js', '/w/renderer/src/a.ts'])).toEqual(
      [],
    );
  });
});

describe('heavyRequests', () => {
  it('names the heavy chunks among requested URLs, ignoring the query and other chunks', () => {
    const chunks = new Map([['xlsx-Bgk6.js', ['xlsx']]]);
    expect(
      heavyRequests(
        [
          'http://127.0.0.1:1/assets/index-a1.js',
          'http://127.0.0.1:1/assets/xlsx-Bgk6.js?v=1',
          'http://127.0.0.1:1/assets/xlsx-Bgk6.js',
        ],
        chunks,
      ),
    ).toEqual(['xlsx（xlsx-Bgk6.js）']);
    expect(heavyRequests(['http://127.0.0.1:1/assets/index-a1.js'], chunks)).toEqual([]);
  });
});
