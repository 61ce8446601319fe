import { App } from 'antd';

/**
 * Asks the user to confirm plausibility warnings (issue 5「Validation」): 保留 keeps the value,
 * 修改 returns to the cell. Resolves true to keep.
 */
export function useConfirmWarnings(): (warnings: readonly string[]) => Promise<boolean> {
  const { modal } = App.useApp();
  return (warnings) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: '请核实数值',
        content: (
          <ul className="entry-warning-list">
            {warnings.slice(0, MAX_SHOWN).map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
            {warnings.length > MAX_SHOWN ? (
              <li>另有 {warnings.length - MAX_SHOWN} 条提示</li>
            ) : null}
          </ul>
        ),
        // The grid puts the focus back itself; antd's restore could blur an editor in use.
        focusable: { focusTriggerAfterClose: false },
        okText: '确认无误，保留',
        cancelText: '返回修改',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
}

const MAX_SHOWN = 8;
