/**
 * Maps Dexie/IndexedDB error names to Chinese messages in one place (STYLE.md「Dexie conventions」).
 */
const MESSAGES: Readonly<Record<string, string>> = {
  QuotaExceededError: '磁盘空间不足，数据未能保存。请清理磁盘空间后重试；已保存的数据未受影响。',
  DatabaseClosedError: '数据库已关闭（可能在另一个窗口中升级了版本）。请重新加载应用。',
  VersionError:
    '本机数据由更新版本的规划评估工作台写入，当前版本无法打开，本机数据未做任何改动。请安装最新版本的规划评估工作台后再打开。',
  InvalidStateError: '浏览器禁止访问本地数据库（例如处于无痕模式）。请使用普通窗口打开。',
  MissingAPIError: '当前环境不支持本地数据库（IndexedDB），无法保存数据。',
  OpenFailedError: '无法打开本地数据库。请关闭其他打开本应用的窗口后重试。',
  ConstraintError: '数据与已保存的记录冲突（编号重复），未做任何修改。',
  BulkError: '批量写入失败，已全部撤销，未做任何修改。',
  AbortError: '写入被中止，已全部撤销，未做任何修改。',
};

/** A Chinese message for any error thrown by the storage layer. */
export function describeStorageError(error: unknown): string {
  const name = errorName(error);
  const inner = innerName(error);
  if (inner && MESSAGES[inner]) return MESSAGES[inner];
  if (name && MESSAGES[name]) return MESSAGES[name];
  const message = error instanceof Error ? error.message : String(error);
  return `保存数据时出错：${message}。未做任何修改。`;
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

function innerName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('inner' in error)) return undefined;
  return errorName((error as { inner: unknown }).inner);
}
