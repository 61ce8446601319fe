/**
 * Makes fake-indexeddb fail the way browsers do, for storage-error tests (issue 7). Each function
 * returns the function that undoes it.
 */

// fake-indexeddb's transaction internals (6.x): `_start` runs queued requests and commits when
// none is left; `_abort(name)` aborts with a DOMException of that name, as the spec describes.
type FakeTransaction = IDBTransaction & {
  _requests: { request: IDBRequest }[];
  _state: string;
  _start: () => void;
  _abort: (errorName: string) => void;
};

/**
 * A full disk: the browser accepts every write, then cannot commit the transaction and aborts it
 * with a QuotaExceededError (the IndexedDB spec's "commit a transaction" failing). Read-only
 * transactions still work.
 */
export function failWritesWithQuotaExceeded(): () => void {
  const proto = IDBTransaction.prototype as FakeTransaction;
  const originalStart = proto._start;
  proto._start = function (this: FakeTransaction) {
    const pending = this._requests.some(({ request }) => request.readyState !== 'done');
    const committing = !pending && this._state !== 'finished' && this.error === null;
    if (committing && this.mode === 'readwrite') this._abort('QuotaExceededError');
    else originalStart.call(this);
  };
  return () => {
    proto._start = originalStart;
  };
}

/**
 * An IndexedDB that refuses to open: private windows and blocked site data throw a named
 * DOMException (SecurityError, InvalidStateError), damaged files an UnknownError.
 */
export function failOpenWith(errorName: string, message: string): () => void {
  const factory = IDBFactory.prototype;
  const original = factory.open;
  factory.open = () => {
    throw new DOMException(message, errorName);
  };
  return () => {
    factory.open = original;
  };
}
