import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from '@/components/preloadable-lazy';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

function deferred() {
  let resolve: (component: typeof Greeting) => void = () => undefined;
  const promise = new Promise<typeof Greeting>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('a lazily loaded component that can be loaded ahead', () => {
  it('renders at once, without its fallback, when it was preloaded', async () => {
    const lazyGreeting = preloadableLazy(() => Promise.resolve(Greeting));
    await lazyGreeting.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <lazyGreeting.Component name="auditor" />
      </Suspense>,
    );
    expect(screen.getByText('Hello auditor')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('shows its fallback until the module arrives when it was not, and loads it once', async () => {
    let loads = 0;
    const pending = deferred();
    const lazyGreeting = preloadableLazy(() => {
      loads += 1;
      return pending.promise;
    });
    render(
      <Suspense fallback={<p>Loading</p>}>
        <lazyGreeting.Component name="auditor" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    void lazyGreeting.preload();
    await act(async () => {
      pending.resolve(Greeting);
      await pending.promise;
    });
    expect(await screen.findByText('Hello auditor')).toBeInTheDocument();
    expect(loads).toBe(1);
  });

  it('tries again on the next preload after a failed load', async () => {
    let attempt = 0;
    const lazyGreeting = preloadableLazy(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(Greeting);
    });
    await expect(lazyGreeting.preload()).rejects.toThrow('chunk missing');
    await expect(lazyGreeting.preload()).resolves.toBe(Greeting);
  });
});
