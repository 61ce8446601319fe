import { Component, type ErrorInfo, type ReactNode } from 'react';
import { RescueScreen } from './RescueScreen';

type ErrorBoundaryProps = { children: ReactNode };
type ErrorBoundaryState = { error: Error | null };

/**
 * Never a blank screen: an unexpected error shows what happened and the ways out, including a
 * restore when the stored data itself cannot be shown (RescueScreen).
 */
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
    return <RescueScreen error={this.state.error} />;
  }
}
