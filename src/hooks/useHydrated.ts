/**
 * False on the server and during hydration, true afterwards. Components use
 * it to enable the parts that only work with JavaScript once the static HTML
 * (which must be complete on its own) has been hydrated. Unlike
 * `@docusaurus/useIsBrowser`, it has no Docusaurus dependency, so it also
 * runs in unit tests.
 */
import {useSyncExternalStore} from 'react';

function subscribe(): () => void {
  return () => {};
}

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
