import { App } from 'antd';
import { getDb } from '../../../db/db';
import { getUserName, setUserName } from '../../../db/repositories/settingsRepository';
import { UserNameForm } from '../components/UserNameForm';

/**
 * Returns the user's name for the change log, asking once (issue 5) when settings hold none and
 * storing the answer; null when the user cancels. The dialog has its own buttons so the focus
 * starts in the name box and Enter submits (issue 15 item 1).
 */
export function useEnsureUserName(): () => Promise<string | null> {
  const { modal } = App.useApp();
  return async () => {
    const stored = await getUserName(getDb());
    if (stored) return stored;
    return new Promise<string | null>((resolve) => {
      const finish = (name: string | null) => {
        dialog.destroy();
        resolve(name);
      };
      const dialog = modal.confirm({
        title: '请填写您的姓名',
        icon: null,
        footer: null,
        content: (
          <UserNameForm
            onSubmit={async (name) => {
              await setUserName(getDb(), name);
              finish(name);
            }}
            onCancel={() => finish(null)}
          />
        ),
        // The grid puts the focus back itself; antd's restore could blur an editor in use.
        focusable: { focusTriggerAfterClose: false, autoFocusButton: null },
        onCancel: () => resolve(null),
      });
    });
  };
}
