type Props = { onGenerate: () => void; onUpload?: () => void };

export function EmptyState({ onGenerate, onUpload }: Props) {
  return (
    <div className="empty-state">
      <h2>No certificates yet</h2>
      <p>
        Gateway inspects HTTPS traffic with Cloudflare's own root certificate. Generate a root certificate of
        your own to control its lifetime and install it on your devices.
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onGenerate}>
          Generate certificate
        </button>
        {onUpload ? (
          <button type="button" className="button" onClick={onUpload}>
            Upload certificate
          </button>
        ) : null}
      </div>
    </div>
  );
}
