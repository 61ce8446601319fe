// Row types are declared in shared/ so the backup format uses the very same shapes.
export type {
  ActualValueRow,
  ChangeLogRow,
  ChangeOrigin,
  MetaRow,
  OfficialAssessmentRow,
  PlanRow,
  ReportSectionRow,
  SettingRow,
  VerdictOverrideRow,
  WorkItemChangeLogRow,
  WorkItemListRow,
  WorkItemProgressRow,
  WorkItemRow,
  FollowUpRow,
} from '../../../shared/domain/storedRows';
