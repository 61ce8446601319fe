import { Alert, Button, List, Result, Space, Typography } from 'antd';
import type { AutoBackupEntry } from '../../../shared/platform/workbenchApi';
import { formatDateTime } from '../lib/formatDateTime';
import { useAutoBackupList } from '../features/settings/hooks/useAutoBackupList';
import { useRescueActions } from './useRescueActions';
import type { RescueState } from './useRescueActions';
import { assertNever } from '../../../shared/lib/exhaustive';

type RescueScreenProps = { readonly error: Error };

/**
 * The error screen (issue 16): reloading alone loops when a stored row cannot be shown, so it also
 * offers to save the current data and to restore an automatic backup or a backup file, each
 * checked in full before anything is replaced.
 */
export function RescueScreen({ error }: RescueScreenProps) {
  const actions = useRescueActions();
  const backups = useAutoBackupList();
  const { state } = actions;
  const isBusy = state.step === 'busy' || state.step === 'confirm';
  return (
    <Result
      status="error"
      title="界面出现错误"
      subTitle={
        <div className="gate-message">
          <p>
            已保存的数据没有被改动。请先重新加载；如仍出现此页，多半是数据库中有数据无法显示：可先「导出当前数据」留存一份，再「恢复备份」回到出错前的数据，或联系技术支持。
          </p>
          <p>技术信息：{error.message}</p>
        </div>
      }
      extra={
        <Space wrap>
          <Button type="primary" onClick={() => window.location.reload()}>
            重新加载
          </Button>
          <Button disabled={isBusy} onClick={() => void actions.exportCurrent()}>
            导出当前数据
          </Button>
          <Button disabled={isBusy} onClick={() => void actions.chooseFile()}>
            恢复备份（选择文件）…
          </Button>
        </Space>
      }
    >
      <div className="gate-message rescue-panel">
        <RescueStatus state={state} onConfirm={actions.restore} onCancel={actions.cancel} />
        <Typography.Title level={5}>恢复备份：自动备份</Typography.Title>
        <List
          size="small"
          bordered
          loading={backups === undefined}
          locale={{ emptyText: backups === null ? '无法读取自动备份' : '没有自动备份' }}
          dataSource={backups ?? []}
          renderItem={(entry) => (
            <List.Item
              actions={[
                <Button
                  key="restore"
                  size="small"
                  disabled={isBusy}
                  onClick={() => void actions.chooseAutomatic(entry.fileName)}
                >
                  恢复备份
                </Button>,
              ]}
            >
              {formatDateTime(entry.createdAt)} {REASON_LABELS[entry.reason]}自动备份
            </List.Item>
          )}
        />
      </div>
    </Result>
  );
}

type RescueStatusProps = {
  readonly state: RescueState;
  readonly onConfirm: ReturnType<typeof useRescueActions>['restore'];
  readonly onCancel: () => void;
};

function RescueStatus({ state, onConfirm, onCancel }: RescueStatusProps) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'busy':
      return <Alert type="info" showIcon title={`正在${state.what}…`} />;
    case 'done':
      return <Alert type="success" showIcon title={state.message} />;
    case 'failed':
      return <Alert type="error" showIcon title={state.message} />;
    case 'confirm':
      return (
        <Alert
          type="warning"
          showIcon
          title={`备份「${state.fileName}」校验通过（${formatDateTime(state.contents.createdAt)} 生成，${state.contents.counts.plans} 个规划、${state.contents.counts.actualValues} 条实际值）。恢复将替换当前全部数据。`}
          action={
            <Space direction="vertical">
              <Button
                danger
                size="small"
                onClick={() => void onConfirm(state.fileName, state.contents)}
              >
                替换为备份数据
              </Button>
              <Button size="small" onClick={onCancel}>
                取消
              </Button>
            </Space>
          }
        />
      );
    default:
      return assertNever(state);
  }
}

const REASON_LABELS: Readonly<Record<AutoBackupEntry['reason'], string>> = {
  quit: '退出时',
  daily: '每日',
  migration: '升级前',
};
