import { type ComponentType, useEffect, useState } from 'react';

export type LazyComponent<P> = ComponentType<P> & { preload: () => Promise<ComponentType<P>> };

/**
 * A component whose code loads when it is first rendered, or earlier through `preload()`. Unlike
 * React.lazy it never suspends once the code is there, so a preloaded dialog or drawer shows in the
 * frame after the click: React.lazy suspends on its first render however warm the module, and React
 * then holds the Suspense boundary's content back for up to 300 ms (measured: the drawer took 400 ms
 * instead of 40). Until the code arrives it renders `fallback`; a failed load reaches the nearest error
 * boundary, and its Try again loads afresh.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Fallback: ComponentType = () => null,
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  function Lazy(props: P) {
    const [, setArrived] = useState(false);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      // The code may have arrived between this render (the fallback) and now: render again.
      if (loaded) {
        setArrived(true);
        return;
      }
      let current = true;
      preload().then(
        () => current && setArrived(true),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    }, []);
    if (failure) throw failure.error;
    const Component = loaded;
    return Component ? <Component {...props} /> : <Fallback />;
  }
  return Object.assign(Lazy, { preload });
}
