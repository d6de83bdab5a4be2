import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { describeExpiry, formatCount, formatDate } from '../../../lib/format-date';
import type { Certificate } from '../model/certificate';
import { certificateLabel } from '../model/certificate-label';
import { displayStatus } from '../model/display-status';
import { expiryState } from '../model/expiry';
import { axisTicks, barOf, type Domain, timelineDomain, xOf } from '../model/timeline-layout';
import { certificatePath } from '../paths';
import { PAGE_SIZE } from './certificates-table';
import { ExpiryMark } from './expiry-mark';

type Props = {
  accountId: string;
  certificates: Certificate[];
  now: number;
  search: string;
};

/** Few enough labels to fit the bar column of a 390 px phone. */
const MAX_TICKS = 6;
const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** What a screen reader hears after the bar's name: status, marks and dates. */
function descriptionOf(certificate: Certificate, now: number) {
  const parts: string[] = [displayStatus(certificate)];
  const expiry = expiryState(certificate, now);
  if (expiry === 'expired') parts.push('Expired');
  if (expiry === 'expiring-soon') parts.push('Expires soon');
  const dates =
    certificate.createdAt && certificate.expiresOn
      ? `Valid from ${formatDate(certificate.createdAt)} to ${formatDate(certificate.expiresOn)} (${describeExpiry(certificate.expiresOn, now)})`
      : 'Validity dates not known';
  return `${parts.join('. ')}. ${dates}.`;
}

function Axis({ domain, now }: { domain: Domain; now: number }) {
  const today = xOf(now, domain);
  return (
    <div className="timeline__axis">
      <svg className="timeline__svg" width="100%" height="100%" aria-hidden="true">
        {axisTicks(domain, MAX_TICKS).map((tick) => (
          <g key={tick.label}>
            <line className="timeline__tick" x1={pct(tick.x)} x2={pct(tick.x)} y1="70%" y2="100%" />
            <text className="timeline__tick-label" x={pct(tick.x)} y="60%" textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        <text
          className="timeline__today-label"
          x={pct(today)}
          y="28%"
          textAnchor={today > 0.85 ? 'end' : today < 0.15 ? 'start' : 'middle'}
        >
          Today
        </text>
        <line className="timeline__today" x1={pct(today)} x2={pct(today)} y1="34%" y2="100%" />
      </svg>
    </div>
  );
}

type RowProps = Omit<Props, 'certificates'> & { certificate: Certificate; domain: Domain };

function TimelineRow({ accountId, certificate, domain, now, search }: RowProps) {
  const descriptionId = useId();
  const bar = barOf(certificate, domain, now);
  const expiry = expiryState(certificate, now);
  const today = pct(xOf(now, domain));
  const modifier = bar?.inUse
    ? 'in-use'
    : bar?.expired
      ? 'expired'
      : displayStatus(certificate) === 'Inactive'
        ? 'inactive'
        : 'available';
  return (
    <li className="timeline__row">
      <Link
        className="timeline__link"
        to={{ pathname: certificatePath(accountId, certificate.id), search }}
        state={{ fromList: true }}
        aria-describedby={descriptionId}
      >
        <span className="timeline__label">
          <span className="timeline__name">{certificateLabel(certificate)}</span>
          <span aria-hidden="true" className="timeline__marks">
            {certificate.inUse ? <span className="tag tag--ok">✔ In use</span> : null}
            <ExpiryMark state={expiry} />
          </span>
        </span>
        <svg className="timeline__svg timeline__track" width="100%" height="100%" aria-hidden="true">
          {bar ? (
            <rect
              className={`timeline__bar timeline__bar--${modifier}`}
              x={pct(bar.x)}
              width={pct(bar.width)}
              y={bar.inUse ? '20%' : '30%'}
              height={bar.inUse ? '60%' : '40%'}
              rx="3"
            />
          ) : (
            <text className="timeline__unknown" x="0" y="65%">
              Dates not known
            </text>
          )}
          <line className="timeline__today" x1={today} x2={today} y1="0" y2="100%" />
        </svg>
      </Link>
      <span id={descriptionId} className="visually-hidden">
        {descriptionOf(certificate, now)}
      </span>
    </li>
  );
}

/**
 * The Timeline view: each certificate a bar from creation to expiry on one date axis, with today
 * marked. Each row is a link named like the table's row; the bar drawings are hidden from screen
 * readers, which hear the status and dates instead.
 */
export function CertificatesTimeline({ accountId, certificates, now, search }: Props) {
  const captionId = useId();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const domain = useMemo(() => timelineDomain(certificates, now), [certificates, now]);
  const shown = certificates.slice(0, limit);
  const remaining = certificates.length - shown.length;
  return (
    <figure className="timeline" aria-labelledby={captionId}>
      <figcaption id={captionId} className="timeline__caption">
        Validity from creation to expiry, {formatDate(new Date(domain.start).toISOString())} to{' '}
        {formatDate(new Date(domain.end).toISOString())}. The line marks today,{' '}
        {formatDate(new Date(now).toISOString())}.
      </figcaption>
      <div className="timeline__head">
        <span className="timeline__head-label muted">Certificate</span>
        <Axis domain={domain} now={now} />
      </div>
      <ol className="timeline__rows">
        {shown.map((certificate) => (
          <TimelineRow
            key={certificate.id}
            accountId={accountId}
            certificate={certificate}
            domain={domain}
            now={now}
            search={search}
          />
        ))}
      </ol>
      {remaining > 0 ? (
        <div className="table-more">
          <p className="muted">
            Showing {formatCount(shown.length)} of {formatCount(certificates.length)}
          </p>
          <button type="button" className="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, remaining)} more
          </button>
        </div>
      ) : null}
    </figure>
  );
}
