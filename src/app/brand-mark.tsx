/**
 * The console's mark, the same drawing as public/favicon.svg, inline: as an <img> it was one to two
 * more requests before the first paint (the favicon is served `no-cache`, so each use revalidates).
 */
export function BrandMark() {
  return (
    <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <path d="M16 5 7 8.5v6.8c0 5.6 3.8 10.3 9 11.7 5.2-1.4 9-6.1 9-11.7V8.5L16 5Z" fill="#fff" />
      <path
        d="m12 16.2 3 3 5.5-6"
        fill="none"
        stroke="#1d4ed8"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
