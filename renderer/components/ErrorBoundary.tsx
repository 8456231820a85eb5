/** Why: one view that fails to render (an odd record, a bug) must not unmount the whole app; this catches it, says what failed, and keeps the header and navigation working. */
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/LanguageContext.js';
import { ErrorState } from './ErrorState.js';

export interface ErrorBoundaryProps {
  /** Changing it (the view or its parameters) clears a caught error, so navigating away recovers. */
  resetKey: string;
  /** Places the failure message, for a view that draws its own header: the shell wraps it in a plain page. */
  frame?: (failure: ReactNode) => ReactNode;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string;
}

function ViewFailure({ error }: { error: Error }) {
  const { t } = useI18n();
  return <ErrorState title={t('viewError.title')} message={t('viewError.message', { detail: error.message || error.name })} />;
}

/** Renders `children`, or, once they threw while rendering, a message with what failed and a way back. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    const failure = <ViewFailure error={this.state.error} />;
    return this.props.frame ? this.props.frame(failure) : failure;
  }
}
