import type { BackupTables } from './backupFormat';
import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256';
import { encodeUtf8 } from '../lib/textCodec';

/** The prefix naming the checksum algorithm, so a later format can change it. */
export const CHECKSUM_PREFIX = 'sha256:';

/** The checksum of a backup's tables: `sha256:` + SHA-256 of their canonical JSON in UTF-8. */
export function backupChecksum(tables: BackupTables | Readonly<Record<string, unknown>>): string {
  return checksumOfCanonical(canonicalJson(tables));
}

/** The checksum of tables already written as canonical JSON text. */
export function checksumOfCanonical(canonicalTables: string): string {
  return checksumOfBytes(encodeUtf8(canonicalTables));
}

/** The checksum of the UTF-8 bytes of canonical JSON (e.g. the tables as a backup file holds them). */
export function checksumOfBytes(canonicalBytes: Uint8Array): string {
  return `${CHECKSUM_PREFIX}${sha256Hex(canonicalBytes)}`;
}
