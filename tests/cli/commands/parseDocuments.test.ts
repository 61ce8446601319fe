import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../cli/commands/parse';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { fakeCliIo } from '../../helpers/fakeCliIo';

const ROOT = join(__dirname, '../../..');
const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/documents', name)));
const seed = (key: string) =>
  JSON.parse(readFileSync(join(ROOT, 'seeds/generated', `seed-${key}.json`), 'utf8')) as PlanBundle;

type Printed = { indicatorCount: number; indicators: { name: string; targetRaw: string }[] };

describe('parse on Word, PDF and web-page files', () => {
  it.each([
    ['jdz-plan.docx', 'main', 'jdz-14'],
    ['jdz-plan.pdf', 'completion', 'jdz-13c'],
    ['jdz-plan.html', 'main', 'jdz-14'],
  ])(
    'prints the %s %s table',
    async (file, table, key) => {
      const { io, out, err } = fakeCliIo({ [file]: fixture(file) });
      expect(await parseCommand([file, '--table', table], io)).toBe(0);
      expect(err).toEqual([]);
      const printed = JSON.parse(out.join('')) as Printed;
      const expected = seed(key).indicators;
      expect(printed.indicatorCount).toBe(expected.length);
      expect(printed.indicators.map((i) => [i.name, i.targetRaw])).toStrictEqual(
        expected.map((i) => [i.name, i.targetRaw]),
      );
    },
    30_000,
  );

  it('reads the main table of a whole document when --table is not given', async () => {
    const { io, out } = fakeCliIo({ 'plan.docx': fixture('jdz-plan.docx') });
    expect(await parseCommand(['plan.docx'], io)).toBe(0);
    expect((JSON.parse(out.join('')) as Printed).indicatorCount).toBe(31);
  });

  it('refuses an old binary .doc with the way out', async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    doc.set(
      [...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    const { io, err } = fakeCliIo({ 'old.doc': doc });
    expect(await parseCommand(['old.doc'], io)).toBe(1);
    expect(err.join('')).toBe(
      '解析失败：文件「old.doc」：这是旧版 Word（.doc）文件：请在 Word/WPS 中另存为 .docx 后再打开\n',
    );
  });
});
