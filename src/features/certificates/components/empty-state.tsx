type Props = { onGenerate: () => void };

export function EmptyState({ onGenerate }: Props) {
  return (
    <div className="empty-state">
      <h2>No certificates yet</h2>
      <p>
        Gateway inspects HTTPS traffic with Cloudflare's own root certificate. Generate a root certificate of
        your own to control its lifetime and install it on your devices.
      </p>
      <button type="button" className="button button--primary" onClick={onGenerate}>
        Generate certificate
      </button>
    </div>
  );
}
