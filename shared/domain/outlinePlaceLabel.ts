import type { OutlinePlace } from './workItem';

/** The item's place in its outline as one label, e.g. 「二、持续推进… / （一）深入推进…」. */
export function outlinePlaceLabel(place: OutlinePlace): string {
  return [place.part, place.section, place.box, place.group].filter((p) => p !== '').join(' / ');
}
