/**
 * Catches a crash inside one view and shows a clear message with a way out, instead of a blank
 * page. "Reset this view" puts the view's settings back to their defaults and tries again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../messages/i18n';

interface Props {
  viewLabel: string;
  onReset: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ViewErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`The ${this.props.viewLabel} view failed:`, error, info.componentStack);
  }

  reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="view-error" role="alert" aria-labelledby="view-error-title">
        <h1 id="view-error-title">{t('error.title', { view: this.props.viewLabel })}</h1>
        <p>{t('error.body')}</p>
        <p className="view-error__detail">
          {t('error.details', { message: this.state.error.message })}
        </p>
        <button type="button" className="button" onClick={this.reset}>
          {t('error.reset')}
        </button>
      </section>
    );
  }
}
