type Props = { error: unknown; onRetry?: () => void };

export function ErrorFallback({ error, onRetry }: Props) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="error-fallback">
      <h2>Something went wrong on this screen</h2>
      <p>Your certificates are unchanged: nothing was sent. The problem was:</p>
      <pre className="error-fallback__detail">{message}</pre>
      <div className="error-fallback__actions">
        {onRetry ? (
          <button type="button" className="button button--primary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        <a className="button" href="/">
          Back to Certificates
        </a>
      </div>
    </div>
  );
}
