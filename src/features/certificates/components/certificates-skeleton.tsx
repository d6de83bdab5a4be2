/** The table's shape while the list loads, so nothing jumps when it arrives. */
export function CertificatesSkeleton() {
  return (
    <div className="table-wrap" aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading certificates…
      </p>
      <div className="skeleton" aria-hidden="true">
        {Array.from({ length: 4 }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity.
          <div key={row} className="skeleton__row">
            <span className="skeleton__cell skeleton__cell--wide" />
            <span className="skeleton__cell" />
            <span className="skeleton__cell" />
            <span className="skeleton__cell" />
            <span className="skeleton__cell" />
          </div>
        ))}
      </div>
    </div>
  );
}
