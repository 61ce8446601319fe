/**
 * Matches a name typed by a user (CSV, relational targets) to an indicator. Names are compared
 * ignoring spaces, full-/half-width differences, letter case and a unit in parentheses at the
 * end, so 「地区生产总值（GDP）（亿元）」, 「地区生产总值(GDP)」 and 「地区生产总值 （GDP）」 all match.
 */

/** The fields of an indicator that name matching needs. */
export type NamedIndicator = {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
};

/** Outcome of a name lookup: one match, none, or several equally good candidates. */
export type NameMatch<T> =
  | { readonly kind: 'found'; readonly indicator: T }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly T[] };

/** NFKC folds full-width letters, digits and brackets to half width; spaces are dropped. */
export function normalizeIndicatorName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Drops one trailing parenthesised group (the unit): 「gdp(亿元)」 → 「gdp」. */
function stripTrailingGroup(normalized: string): string {
  return normalized.replace(/\([^()]*\)$/, '');
}

function exactKeys(indicator: NamedIndicator): string[] {
  const name = normalizeIndicatorName(indicator.name);
  const unit = normalizeIndicatorName(indicator.unit);
  return unit ? [name, `${name}(${unit})`] : [name];
}

/** Finds the indicators whose keys contain the key computed from the query. */
function collect<T extends NamedIndicator>(
  indicators: readonly T[],
  matches: (indicator: T) => boolean,
): T[] {
  return indicators.filter(matches);
}

function toMatch<T>(found: readonly T[]): NameMatch<T> | null {
  if (found.length === 1 && found[0] !== undefined) return { kind: 'found', indicator: found[0] };
  if (found.length > 1) return { kind: 'ambiguous', candidates: found };
  return null;
}

/**
 * Looks an indicator up by id or name. Tries, in order: the id; the whole normalised name (with
 * or without the unit); the query without its trailing parenthesised unit; both sides without a
 * trailing group. The first step with exactly one hit wins; several hits are ambiguous.
 */
export function matchIndicatorName<T extends NamedIndicator>(
  query: string,
  indicators: readonly T[],
): NameMatch<T> {
  const trimmed = query.trim();
  const byId = toMatch(collect(indicators, (indicator) => indicator.id === trimmed));
  if (byId) return byId;
  const key = normalizeIndicatorName(trimmed);
  if (key === '') return { kind: 'notFound' };
  const stripped = stripTrailingGroup(key);
  const steps: ((indicator: T) => boolean)[] = [
    (indicator) => exactKeys(indicator).includes(key),
    (indicator) => exactKeys(indicator).includes(stripped),
    (indicator) => stripTrailingGroup(normalizeIndicatorName(indicator.name)) === stripped,
  ];
  for (const step of steps) {
    const match = toMatch(collect(indicators, step));
    if (match) return match;
  }
  return { kind: 'notFound' };
}
