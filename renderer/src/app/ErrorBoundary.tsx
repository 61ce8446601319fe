import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';

type ErrorBoundaryProps = { children: ReactNode };
type ErrorBoundaryState = { error: Error | null };

/** Never a blank screen: an unexpected error shows what happened and a way out. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('界面出现未处理的错误', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="界面出现错误"
        subTitle={`${this.state.error.message}。已保存的数据不受影响，请重新加载；如问题反复出现，请在「系统设置」中导出备份后联系技术支持。`}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重新加载
          </Button>
        }
      />
    );
  }
}
