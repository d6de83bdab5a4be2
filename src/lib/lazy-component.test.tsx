import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { expect, test, vi } from 'vitest';
import { lazyComponent } from './lazy-component';

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{String(this.state.error)}</p> : this.props.children;
  }
}

test('shows the fallback until the code arrives, then the component with its props', async () => {
  const Lazy = lazyComponent(
    async () => Greeting,
    () => <p>Loading…</p>,
  );

  render(<Lazy name="Ada" />);

  expect(screen.getByText('Loading…')).toBeInTheDocument();
  expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
});

test('a preloaded component renders in the first render, never the fallback', async () => {
  const load = vi.fn(async () => Greeting);
  const Lazy = lazyComponent(load, () => <p>Loading…</p>);
  await Lazy.preload();

  render(<Lazy name="Grace" />);

  expect(screen.getByText('Hello Grace')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
});

test('a failed load reaches the error boundary, and the next render loads afresh', async () => {
  const load = vi
    .fn<() => Promise<typeof Greeting>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValue(Greeting);
  const Lazy = lazyComponent(load);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);

  const view = render(
    <Boundary>
      <Lazy name="Alan" />
    </Boundary>,
  );
  expect(await screen.findByRole('alert')).toHaveTextContent('offline');

  view.unmount();
  render(<Lazy name="Alan" />);
  expect(await screen.findByText('Hello Alan')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(2);
});
