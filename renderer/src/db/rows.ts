// Row types are declared in shared/ so the backup format uses the very same shapes.
export type {
  ActualValueRow,
  ChangeLogRow,
  ChangeOrigin,
  MetaRow,
  OfficialAssessmentRow,
  PlanRow,
  SettingRow,
} from '../../../shared/domain/storedRows';
