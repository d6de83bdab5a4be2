import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { clearTabClock } from '../../../mocks/clock/tab-clock';
import { certificateKeys } from '../../features/certificates/api/certificate-keys';
import { setClockOffset } from '../../lib/clock';
import { countOf, formatDateTime } from '../../lib/format-date';
import { type DemoClock, getClock, moveClock } from './demo-api';
import { demoSettingsKeys } from './demo-settings-keys';

const DAY_MS = 86_400_000;

const MOVES = [
  { label: 'Advance 1 day', advanceMs: DAY_MS },
  { label: 'Advance 30 days', advanceMs: 30 * DAY_MS },
  { label: 'Advance 1 year', advanceMs: 365 * DAY_MS },
] as const;

/** "real time", "30 days ahead of real time": how far the demo's clock is from the real one. */
export function describeClockOffset(offsetMs: number): string {
  const days = Math.round(Math.abs(offsetMs) / DAY_MS);
  if (Math.abs(offsetMs) < 60_000) return 'real time';
  if (days === 0)
    return offsetMs > 0 ? 'less than a day ahead of real time' : 'less than a day behind real time';
  return `${countOf(days, 'day')} ${offsetMs > 0 ? 'ahead of' : 'behind'} real time`;
}

/** The screen's "today" follows the account's clock. */
const followClock = (clock: DemoClock) => setClockOffset(Date.parse(clock.now) - Date.now());

/** The account's clock: the mock's rules and the screen's "today" move together. */
export function ClockSection({ accountId }: { accountId: string }) {
  const queryClient = useQueryClient();
  const headingId = useId();
  const clock = useQuery({ queryKey: demoSettingsKeys.clock(accountId), queryFn: () => getClock(accountId) });
  const move = useMutation({
    mutationFn: (change: { advanceMs: number } | { realTime: true }) => {
      if ('realTime' in change) clearTabClock();
      return moveClock(accountId, change);
    },
    onSuccess: async (answer: DemoClock) => {
      followClock(answer);
      queryClient.setQueryData(demoSettingsKeys.clock(accountId), answer);
      // The account's data as of the new time: pending states end, the generation window moves.
      await queryClient.invalidateQueries({ queryKey: certificateKeys.account(accountId) });
    },
    // The tab's own pin may be gone even though the account's clock did not move: show the time as it is.
    onError: async () => {
      const { data } = await clock.refetch();
      if (data) followClock(data);
    },
  });

  const shown = move.data ?? clock.data;
  return (
    <section className="demo-settings__section" aria-labelledby={headingId} aria-busy={move.isPending}>
      <h3 id={headingId}>Clock</h3>
      <p role="status">
        {shown
          ? `Demo clock: ${formatDateTime(shown.now)} (${describeClockOffset(Date.parse(shown.now) - Date.now())}).`
          : clock.isError
            ? ''
            : 'Reading the demo clock…'}
      </p>
      {clock.isError && !shown ? (
        <p role="alert" className="callout callout--error">
          The demo clock could not be read: {clock.error.message}{' '}
          <button type="button" className="button button--small" onClick={() => void clock.refetch()}>
            Retry
          </button>
        </p>
      ) : null}
      <div className="actions">
        {MOVES.map(({ label, advanceMs }) => (
          <button
            key={label}
            type="button"
            className="button"
            disabled={move.isPending}
            onClick={() => move.mutate({ advanceMs })}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          className="button"
          disabled={move.isPending}
          onClick={() => move.mutate({ realTime: true })}
        >
          Back to real time
        </button>
      </div>
      {move.isError ? (
        <p role="alert" className="callout callout--error">
          The clock did not move: {move.error.message}
        </p>
      ) : null}
    </section>
  );
}
