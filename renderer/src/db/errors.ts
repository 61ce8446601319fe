/**
 * Maps Dexie/IndexedDB errors to Chinese messages in one place (STYLE.md「Dexie conventions」).
 * Every message says what happened to the data and what the user can do next: a full disk or an
 * unavailable database must never end in a blank screen or a silent loss (issue 7).
 */

/** What went wrong, as far as the user's way out is concerned. */
export type StorageErrorKind =
  | 'quota'
  | 'unavailable'
  | 'blocked'
  | 'newer'
  | 'closed'
  | 'damaged'
  | 'openFailed'
  | 'conflict'
  | 'bulk'
  | 'aborted';

// Error names of IndexedDB (DOMException) and Dexie, by kind. The order of STORAGE_KIND_PRIORITY
// decides when several appear in one error chain: a transaction aborted because the disk is full
// is an AbortError whose `inner` is the QuotaExceededError, and the cause is what the user needs.
const KIND_BY_NAME: Readonly<Record<string, StorageErrorKind>> = {
  QuotaExceededError: 'quota',
  MissingAPIError: 'unavailable',
  // Private windows of some browsers, and storage blocked in the site settings.
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  BlockedError: 'blocked',
  VersionError: 'newer',
  DatabaseClosedError: 'closed',
  // Chromium's "Internal error opening backing store": damaged files, antivirus locks, disk errors.
  UnknownError: 'damaged',
  OpenFailedError: 'openFailed',
  ConstraintError: 'conflict',
  BulkError: 'bulk',
  AbortError: 'aborted',
};

const STORAGE_KIND_PRIORITY: readonly StorageErrorKind[] = [
  'quota',
  'unavailable',
  'blocked',
  'newer',
  'closed',
  'damaged',
  'conflict',
  'openFailed',
  'bulk',
  'aborted',
];

const MESSAGES: Readonly<Record<StorageErrorKind, string>> = {
  quota:
    '磁盘空间不足（或浏览器给本应用的存储空间已用完），数据未能保存；此前已保存的数据不受影响。请清理磁盘空间（如清空回收站、删除不需要的大文件）后重试，并尽快在「系统设置」中导出备份，存到U盘等其他位置。',
  unavailable:
    '无法使用本机数据库：当前浏览器不允许本网页保存数据（例如处于无痕/隐私模式，或在设置中禁止了网站数据），任何数据都无法保存。请用普通（非无痕）窗口打开，或在浏览器设置中允许本网站保存数据；也可以改用桌面版规划评估工作台。',
  blocked:
    '本地数据库正被另一个窗口或标签页中的规划评估工作台占用，暂时无法打开。请关闭其他打开本应用的窗口和标签页，本页会自动继续；如没有继续，请点「重新加载」。',
  newer:
    '本机数据由更新版本的规划评估工作台写入，当前版本无法打开，本机数据未做任何改动。请安装最新版本的规划评估工作台后再打开。',
  closed: '数据库已关闭（可能在另一个窗口中升级了版本），本次操作未保存。请重新加载应用。',
  damaged:
    '本地数据库无法读写（数据库文件可能损坏，或被安全软件、磁盘错误阻止），本次操作未保存。请重新加载；如仍失败，请重启电脑后再试，并准备好最近导出的备份联系技术支持。',
  openFailed:
    '无法打开本地数据库。请关闭其他打开本应用的窗口后重新加载；如仍失败，请重启电脑后再试。',
  conflict: '数据与已保存的记录冲突（编号重复），未做任何修改。',
  bulk: '批量写入失败，已全部撤销，未做任何修改。',
  aborted: '写入被中止，已全部撤销，未做任何修改。',
};

/** The kind of a storage error, or null when the error did not come from the storage layer. */
export function storageErrorKind(error: unknown): StorageErrorKind | null {
  const kinds = new Set<StorageErrorKind>();
  for (const name of errorNames(error, 0)) {
    const kind = KIND_BY_NAME[name];
    if (kind) kinds.add(kind);
  }
  return STORAGE_KIND_PRIORITY.find((kind) => kinds.has(kind)) ?? null;
}

/** A Chinese message for any error thrown by the storage layer. */
export function describeStorageError(error: unknown): string {
  const kind = storageErrorKind(error);
  if (kind) return MESSAGES[kind];
  const message = error instanceof Error ? error.message : String(error);
  return `保存数据时出错：${message}。未做任何修改。`;
}

/** The names in an error and the errors it wraps (Dexie's `inner`, BulkError's `failures`). */
function errorNames(error: unknown, depth: number): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const record = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const own = typeof record.name === 'string' ? [record.name] : [];
  const failures = Array.isArray(record.failures) ? record.failures : [];
  return [
    ...own,
    ...errorNames(record.inner, depth + 1),
    ...failures.flatMap((failure: unknown) => errorNames(failure, depth + 1)),
  ];
}
