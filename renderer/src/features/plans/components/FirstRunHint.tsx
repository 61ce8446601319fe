import { useEffect, useState } from 'react';
import { Alert, Steps } from 'antd';
import { getDb } from '../../../db/db';
import {
  closeFirstRunHint,
  isFirstRunHintClosed,
} from '../../../db/repositories/settingsRepository';

/**
 * The order of work, shown on the plan list until closed (issue 15 item 11): create a plan from
 * the built-in ones or paste a table, then 数据填报, 评估分析 and 评估报告.
 */
export function FirstRunHint() {
  const [isOpen, setOpen] = useState(false);
  useEffect(() => {
    let isActive = true;
    void isFirstRunHintClosed(getDb())
      .catch(() => false)
      .then((closed) => isActive && setOpen(!closed));
    return () => {
      isActive = false;
    };
  }, []);
  if (!isOpen) return null;
  return (
    <Alert
      className="first-run-hint"
      type="info"
      closable={{
        closeIcon: '知道了，不再显示',
        onClose: () => void closeFirstRunHint(getDb()).catch(() => undefined),
      }}
      style={{ marginBottom: 12 }}
      title="使用步骤"
      description={
        <Steps
          size="small"
          current={-1}
          items={[
            { title: '添加规划', content: '先从内置规划创建或粘贴指标表' },
            { title: '数据填报', content: '逐年填报实际值' },
            { title: '评估分析', content: '查看判断与依据' },
            { title: '评估报告', content: '起草并导出报告' },
          ]}
        />
      }
    />
  );
}
