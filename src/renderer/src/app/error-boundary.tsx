// Catches render errors anywhere below and says what happened, what was kept and what to do next.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode; area?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Steadyweek screen error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-panel">
        <h2>Something went wrong showing {this.props.area ?? 'this screen'}.</h2>
        <p>
          <strong>Your data is safe.</strong> Everything you saved before this is kept on this computer; only
          what was on screen and not yet saved may be missing.
        </p>
        <p>Try again, or go back to Today. If it keeps happening, reload the app (Ctrl+R or Cmd+R).</p>
        <p className="muted">Details: {error.message}</p>
        <div className="row">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="button secondary" href="#/today" onClick={() => this.setState({ error: null })}>
            Go to Today
          </a>
        </div>
      </div>
    );
  }
}
