import type { StateCreator } from 'zustand';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import type { GridOverrides } from '../../../../shared/importers/columnRole';
import type { TableImport } from '../../../../shared/importers/importPlanGrid';
import type { Problem } from '../../../../shared/lib/result';

/** Which create-plan dialog is open. */
export type PlanDialog = 'seeds' | 'paste' | 'empty' | null;

/** An import being reviewed before it is saved (UI state: nothing is stored until 保存). */
export type ImportDraft = {
  readonly bundle: PlanBundle;
  readonly warnings: readonly Problem[];
  /** Where it came from, for the review title: 粘贴的文本 or a file name. */
  readonly sourceLabel: string;
  /** How a table was read (column mapping, row fates, issues); absent for our own template. */
  readonly reading?: TableImport;
  /** The user's corrections of the reading, re-applied at each change. */
  readonly overrides?: GridOverrides;
  /** The user has checked the reading's errors (rows with figures left out) and accepts them. */
  readonly errorsAccepted?: boolean;
};

/** UI state of 规划管理. */
export type PlansSlice = {
  readonly plans: {
    readonly dialog: PlanDialog;
    readonly importDraft: ImportDraft | null;
  };
  readonly openPlanDialog: (dialog: PlanDialog) => void;
  readonly setImportDraft: (draft: ImportDraft | null) => void;
};

/** Creates the 规划管理 slice. */
export const createPlansSlice: StateCreator<PlansSlice, [], [], PlansSlice> = (set) => ({
  plans: { dialog: null, importDraft: null },
  openPlanDialog: (dialog) => set((state) => ({ plans: { ...state.plans, dialog } })),
  setImportDraft: (importDraft) =>
    set((state) => ({ plans: { ...state.plans, importDraft, dialog: null } })),
});
