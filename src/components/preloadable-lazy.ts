import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

export interface PreloadableComponent<P extends object> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the module (once); resolves when it is ready. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * React.lazy that renders at once when its module was loaded ahead (by `preload`). A plain lazy
 * component suspends on its first render even then, and React reveals content that replaced a
 * Suspense fallback no sooner than 300 ms after the fallback: that was most of the first screen's
 * time to rows. A failed load still reaches the nearest error boundary; the next preload retries.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy(() => {
    if (loaded) {
      const module = { default: loaded };
      // React.lazy accepts any thenable; one that calls back synchronously lets it render without suspending.
      return { then: (resolve: (value: typeof module) => void) => resolve(module) } as unknown as Promise<typeof module>;
    }
    return preload().then((component) => ({ default: component }));
  });
  return { Component, preload };
}
