/**
 * Minimal types for react-dom/server, used by unit tests that render
 * components to static HTML. @types/react-dom is not installed; if it is
 * added to devDependencies, delete this file.
 */
declare module 'react-dom/server' {
  import type {ReactNode} from 'react';

  export function renderToStaticMarkup(element: ReactNode): string;
  export function renderToString(element: ReactNode): string;
}
