import { Button, Spin } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { useLiveWorkItemLists } from '../../db/workItemQueries';
import { useAppStore } from '../../state/appStore';
import { WorkItemImportPreview } from './components/WorkItemImportPreview';
import { WorkItemsView } from './components/WorkItemsView';
import { useWorkItemFileImport } from './hooks/useWorkItemFileImport';

/** 重点任务: the plan's tasks, major projects and reforms with their progress by period. */
export function WorkItemsPage() {
  const lists = useLiveWorkItemLists();
  const importer = useWorkItemFileImport();
  const selectList = useAppStore((s) => s.selectWorkItemList);
  return (
    <>
      <PageHeader
        title="重点任务"
        description="规划的重点任务、重大工程项目和重大改革举措：按牵头单位、类型和进展状态查看，逐项填报各年度（上半年）进展。"
        extra={
          <Button
            icon={<UploadOutlined />}
            loading={importer.isReading}
            onClick={() => void importer.open()}
          >
            从文件导入任务清单
          </Button>
        }
      />
      {lists === undefined ? <Spin /> : null}
      {lists?.length === 0 ? (
        <SectionEmpty
          title="还没有任务清单"
          details={[
            '内置的任务清单会在首次启动时自动加入；也可以点「从文件导入任务清单」，打开 Word、PDF、网页、文本或任务清单模板（.xlsx）。',
          ]}
        />
      ) : null}
      {lists && lists.length > 0 ? <WorkItemsView lists={lists} /> : null}
      {importer.pending ? (
        <WorkItemImportPreview
          pending={importer.pending}
          onSaved={(listId) => {
            importer.close();
            selectList(listId);
          }}
          onClose={importer.close}
        />
      ) : null}
    </>
  );
}
