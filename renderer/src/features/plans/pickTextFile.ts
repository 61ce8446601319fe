import type { Problem } from '../../../../shared/lib/result';
import { getWorkbench } from '../../platform/workbench';
import { decodeUserText } from '../../../../shared/lib/textCodec';
import { formatNumber } from '../../../../shared/lib/formatNumber';

// A whole plan document is about 0.3 MB; anything this large is not a plan text.
const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

/** 打开文本文件: a .txt or .md plan text, decoded; a file too large to be one says so. */
export async function pickTextFile(): Promise<{ name: string; text: string } | Problem | null> {
  const file = await getWorkbench().openFile({
    title: '打开规划文本',
    filters: [{ name: '文本文件', extensions: ['txt', 'md'] }],
  });
  if (!file) return null;
  if (file.bytes.length > MAX_TEXT_FILE_BYTES) {
    const megabytes = formatNumber(file.bytes.length / (1024 * 1024), 1);
    return {
      message: `文件大小为 ${megabytes} MB，超过 10 MB 的上限，不像是规划文本，未读取。请只复制指标表所在部分后粘贴`,
      location: { file: file.name },
    };
  }
  return { name: file.name, text: decodeUserText(file.bytes).text };
}
