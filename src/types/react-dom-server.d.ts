/**
 * The one function of react-dom/server the site uses (the plugin renders
 * chart SVG files; tests render components). @types/react-dom is not
 * installed; this declares just that function.
 */
declare module 'react-dom/server' {
  import type {ReactNode} from 'react';
  export function renderToStaticMarkup(element: ReactNode): string;
}
