import type { ImportOptions } from '../shared/importers/importOptions';

/** One built-in plan: where its excerpt comes from and how to import it. */
export type SeedEntry = {
  /** Seed key, also the excerpt's file name (`seeds/excerpts/<key>.txt`) and the JSON's. */
  readonly key: string;
  /** Source document and the verbatim line ranges copied into the excerpt, in order. */
  readonly sourceDoc: string;
  readonly sourceLines: readonly (readonly [number, number])[];
  readonly options: ImportOptions;
};

const JDZ_SOURCE = '景德镇市“十四五”规划纲要（source-docs 000）';
const CJ_SOURCE = '昌江区“十四五”规划（source-docs 001）';
const FZ_SOURCE = '抚州市“十四五”规划纲要（source-docs 002）';

/**
 * The six built-in plans (issue 3): the 14th-plan main tables and the 13th-plan completion tables
 * of 景德镇市 (000), 昌江区 (001) and 抚州市 (002).
 */
export const SEED_MANIFEST: readonly SeedEntry[] = [
  {
    key: 'jdz-14',
    sourceDoc: '000_fcb2957cab32a824.txt',
    sourceLines: [[836, 1015]],
    options: {
      table: 'main',
      planId: 'seed-jdz-14',
      name: '景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      region: '景德镇市',
      level: '市',
      origin: { type: 'builtin', seedKey: 'jdz-14' },
      source: JDZ_SOURCE,
    },
  },
  {
    key: 'jdz-13c',
    sourceDoc: '000_fcb2957cab32a824.txt',
    // Lines 606–639 are body text of the next chapter printed inside the table's last page, and
    // line 639 is the orphaned unit of the 主要污染物排放量减少 label; the table's last two rows
    // (二氧化硫, 氮氧化物) follow at 640–651.
    sourceLines: [
      [150, 605],
      [640, 651],
    ],
    options: {
      table: 'completion',
      planId: 'seed-jdz-13c',
      name: '景德镇市“十三五”规划纲要主要指标完成情况',
      region: '景德镇市',
      level: '市',
      origin: { type: 'builtin', seedKey: 'jdz-13c' },
      source: JDZ_SOURCE,
    },
  },
  {
    key: 'cj-14',
    sourceDoc: '001_92046d1ee9d50d5a.txt',
    sourceLines: [[825, 1051]],
    options: {
      table: 'main',
      planId: 'seed-cj-14',
      name: '昌江区国民经济和社会发展第十四个五年规划',
      region: '昌江区',
      level: '区县',
      origin: { type: 'builtin', seedKey: 'cj-14' },
      source: CJ_SOURCE,
    },
  },
  {
    key: 'cj-13c',
    sourceDoc: '001_92046d1ee9d50d5a.txt',
    sourceLines: [[350, 777]],
    options: {
      table: 'completion',
      planId: 'seed-cj-13c',
      name: '昌江区“十三五”规划纲要主要指标完成情况',
      region: '昌江区',
      level: '区县',
      origin: { type: 'builtin', seedKey: 'cj-13c' },
      source: CJ_SOURCE,
    },
  },
  {
    key: 'fz-14',
    sourceDoc: '002_641d90f13b9fbec7.txt',
    sourceLines: [[406, 449]],
    options: {
      table: 'main',
      planId: 'seed-fz-14',
      name: '抚州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      region: '抚州市',
      level: '市',
      origin: { type: 'builtin', seedKey: 'fz-14' },
      source: FZ_SOURCE,
    },
  },
  {
    key: 'fz-13c',
    sourceDoc: '002_641d90f13b9fbec7.txt',
    sourceLines: [[290, 346]],
    options: {
      table: 'completion',
      planId: 'seed-fz-13c',
      name: '抚州市“十三五”规划纲要主要指标完成情况',
      region: '抚州市',
      level: '市',
      origin: { type: 'builtin', seedKey: 'fz-13c' },
      source: FZ_SOURCE,
    },
  },
];
