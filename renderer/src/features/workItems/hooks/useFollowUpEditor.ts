import { useEffect, useState } from 'react';
import { App } from 'antd';
import type { FollowUp } from '../../../../../shared/domain/followUp';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { replaceFollowUps } from '../../../db/repositories/followUpsRepository';

/** The fields the user edits in a row. */
export type FollowUpField = 'title' | 'problem' | 'lead' | 'measure' | 'deadline';

/** The table being edited, with what the toolbar and the rows can do to it. */
export type FollowUpEditor = {
  /** null while the stored rows or the draft's inputs load. */
  readonly rows: readonly FollowUp[] | null;
  readonly isDirty: boolean;
  readonly isSaving: boolean;
  readonly update: (id: string, field: FollowUpField, value: string) => void;
  readonly add: () => void;
  readonly remove: (id: string) => void;
  readonly move: (id: string, by: -1 | 1) => void;
  /** Adds the lagging indicators and items not yet in the table. */
  readonly redraft: () => void;
  readonly save: () => Promise<boolean>;
};

/**
 * Edits one 整改任务分工表 (issue 13「Follow-up list」): starts from the stored rows, or from the
 * draft when none are stored; rows are added, edited, moved and deleted in memory and stored all
 * at once by 保存 (one transaction).
 */
export function useFollowUpEditor(
  scope: { readonly scopeId: string; readonly year: number },
  stored: readonly FollowUp[] | undefined,
  draft: ((existing: readonly FollowUp[]) => FollowUp[]) | null,
): FollowUpEditor {
  const { message } = App.useApp();
  const [rows, setRows] = useState<FollowUp[] | null>(null);
  const [isDirty, setDirty] = useState(false);
  const [isSaving, setSaving] = useState(false);
  useEffect(() => {
    if (rows !== null || stored === undefined || draft === null) return;
    const start = stored.length > 0 ? [...stored] : draft([]);
    setRows(start);
    setDirty(stored.length === 0 && start.length > 0);
  }, [rows, stored, draft]);
  const change = (next: (current: FollowUp[]) => FollowUp[]) => {
    setRows((current) => renumber(next(current ?? [])));
    setDirty(true);
  };
  return {
    rows,
    isDirty,
    isSaving,
    update: (id, field, value) =>
      change((current) => current.map((row) => (row.id === id ? { ...row, [field]: value } : row))),
    add: () => change((current) => [...current, blankRow(scope, current.length + 1)]),
    remove: (id) => change((current) => current.filter((row) => row.id !== id)),
    move: (id, by) =>
      change((current) => {
        const from = current.findIndex((row) => row.id === id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= current.length) return current;
        const next = [...current];
        [next[from], next[to]] = [next[to]!, next[from]!];
        return next;
      }),
    redraft: () => {
      if (draft) change((current) => draft(current));
    },
    save: async () => {
      setSaving(true);
      try {
        await replaceFollowUps(getDb(), scope.scopeId, scope.year, rows ?? []);
        setDirty(false);
        void message.success(`已保存整改任务分工表（${rows?.length ?? 0} 项）`);
        return true;
      } catch (error) {
        void message.error(describeStorageError(error));
        return false;
      } finally {
        setSaving(false);
      }
    },
  };
}

function renumber(rows: readonly FollowUp[]): FollowUp[] {
  return rows.map((row, index) => (row.order === index + 1 ? row : { ...row, order: index + 1 }));
}

function blankRow(scope: { scopeId: string; year: number }, order: number): FollowUp {
  const id = crypto.randomUUID();
  return {
    id,
    scopeId: scope.scopeId,
    year: scope.year,
    order,
    subject: { type: 'manual', key: id },
    title: '',
    problem: '',
    lead: '',
    measure: '',
    deadline: '',
  };
}

/** Closing with unsaved edits asks first: the edits live only in the drawer until 保存. */
export function useConfirmDiscard(isDirty: boolean, onClose: () => void): () => void {
  const { modal } = App.useApp();
  return () => {
    if (!isDirty) return onClose();
    modal.confirm({
      title: '放弃未保存的修改？',
      content: '整改任务分工表有未保存的修改，关闭后将丢失。',
      okText: '放弃修改',
      cancelText: '继续编辑',
      onOk: onClose,
    });
  };
}
