import type { WorkItemBundle } from '../shared/domain/workItemList';
import { importWorkItemsFromText } from '../shared/importers/tasks/importWorkItemsFromText';
import { formatProblem } from '../shared/lib/result';
import { WORK_ITEM_SEED_MANIFEST } from './workItemManifest';

/** One generated work-item seed file (`seeds/generated/work-<listId>.json`). */
export type GeneratedWorkItemSeed = {
  readonly key: string;
  readonly file: string;
  readonly bundle: WorkItemBundle;
};

/**
 * Runs the project's own work-item importer over every excerpt (docs/decisions/0009: seeds are
 * what the importer makes of the source). Throws with a Chinese message when one fails: seeds are
 * built at development time, never in the app.
 */
export function buildWorkItemSeeds(readExcerpt: (key: string) => string): GeneratedWorkItemSeed[] {
  return WORK_ITEM_SEED_MANIFEST.map((entry) => {
    const imported = importWorkItemsFromText(readExcerpt(entry.key), entry.options, entry.layout);
    if (!imported.ok) {
      throw new Error(`种子「${entry.key}」导入失败：${formatProblem(imported.error)}`);
    }
    return { key: entry.key, file: `work-${entry.options.listId}.json`, bundle: imported.value };
  });
}
