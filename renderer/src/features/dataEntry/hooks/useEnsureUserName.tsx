import { App, Input } from 'antd';
import { getDb } from '../../../db/db';
import { getUserName, setUserName } from '../../../db/repositories/settingsRepository';

/**
 * Returns the user's name for the change log, asking once (issue 5) when settings hold none and
 * storing the answer; null when the user cancels.
 */
export function useEnsureUserName(): () => Promise<string | null> {
  const { modal } = App.useApp();
  return async () => {
    const stored = await getUserName(getDb());
    if (stored) return stored;
    return new Promise<string | null>((resolve) => {
      let typed = '';
      modal.confirm({
        title: '请填写您的姓名',
        content: (
          <div>
            <p style={{ margin: '4px 0 8px' }}>
              每一次数据修改都会以此姓名记入变更记录。只需填写一次，可在「系统设置」中修改。
            </p>
            <Input
              aria-label="姓名"
              autoFocus
              maxLength={40}
              placeholder="例如：张三"
              onChange={(event) => {
                typed = event.target.value;
              }}
            />
          </div>
        ),
        // The grid puts the focus back itself; antd's restore could blur an editor in use.
        focusable: { focusTriggerAfterClose: false },
        okText: '确定',
        cancelText: '取消',
        onOk: async () => {
          const name = typed.trim();
          if (!name) throw new Error('姓名不能为空');
          await setUserName(getDb(), name);
          resolve(name);
        },
        onCancel: () => resolve(null),
      });
    });
  };
}
