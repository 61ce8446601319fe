import type { ChangeOrigin } from './rows';

/** What every write needs besides its data: time, ids and who did it (injected for tests). */
export type WriteContext = {
  readonly now: () => Date;
  readonly newId: () => string;
  readonly user: string;
  readonly origin: ChangeOrigin;
};

/** The app's write context: real time, random ids. */
export function appWriteContext(user: string, origin: ChangeOrigin): WriteContext {
  return { now: () => new Date(), newId: () => crypto.randomUUID(), user, origin };
}
