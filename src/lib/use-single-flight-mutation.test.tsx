import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { useSingleFlightMutation } from './use-single-flight-mutation';

/** A double click sends one change, however fast the second click comes. */

function Harness({ mutationFn }: { mutationFn: () => Promise<string> }) {
  const mutation = useSingleFlightMutation({ mutationFn });
  return (
    <>
      <button
        type="button"
        onClick={() => {
          // Twice in one event: faster than any person, and faster than React Query tells React.
          mutation.mutate();
          mutation.mutate();
        }}
      >
        Send
      </button>
      <p>{mutation.isPending ? 'sending' : mutation.status}</p>
    </>
  );
}

function renderHarness(mutationFn: () => Promise<string>) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Harness mutationFn={mutationFn} />
    </QueryClientProvider>,
  );
}

test('a second call while the first is on its way is ignored, and the next one after it goes through', async () => {
  const user = userEvent.setup();
  let finish: (value: string) => void = () => {};
  const mutationFn = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
  renderHarness(mutationFn);

  await user.dblClick(screen.getByRole('button', { name: 'Send' }));
  expect(mutationFn).toHaveBeenCalledOnce();
  finish('done');
  await waitFor(() => expect(screen.getByText('success')).toBeInTheDocument());

  await user.click(screen.getByRole('button', { name: 'Send' }));
  expect(mutationFn).toHaveBeenCalledTimes(2);
});

test('after a failure the change can be sent again', async () => {
  const user = userEvent.setup();
  const mutationFn = vi.fn().mockRejectedValueOnce(new Error('HTTP 500')).mockResolvedValue('done');
  renderHarness(mutationFn);

  await user.click(screen.getByRole('button', { name: 'Send' }));
  await waitFor(() => expect(screen.getByText('error')).toBeInTheDocument());
  await user.click(screen.getByRole('button', { name: 'Send' }));
  await waitFor(() => expect(screen.getByText('success')).toBeInTheDocument());
  expect(mutationFn).toHaveBeenCalledTimes(2);
});
