/**
 * Serialises the chart SVG components to an XML string, for the .svg files
 * the plugin writes after the build.
 *
 * Why not react-dom/server: in the plugin, Docusaurus loads our TypeScript
 * with jiti, which gives our modules a different copy of React (development
 * build) from the one react-dom/server uses (production build), and React
 * refuses to mix them. The chart components are hook-free functions of
 * their props that return SVG elements, so walking the element tree is
 * enough. A unit test checks that the output equals renderToStaticMarkup.
 */
import type {ReactNode} from 'react';

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;'};
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** React prop name → SVG attribute name (textAnchor → text-anchor; viewBox, aria-*, data-* unchanged). */
function attributeName(prop: string): string {
  if (prop === 'viewBox' || prop.startsWith('aria-') || prop.startsWith('data-')) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

interface ElementLike {
  type: unknown;
  props: Record<string, unknown> & {children?: ReactNode};
}

function isElement(node: unknown): node is ElementLike {
  return typeof node === 'object' && node !== null && 'type' in node && 'props' in node;
}

export function renderSvgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escape(String(node));
  if (Array.isArray(node)) return node.map((n: ReactNode) => renderSvgMarkup(n)).join('');
  if (!isElement(node)) throw new Error('renderSvgMarkup: unsupported node');
  const {type, props} = node;
  if (typeof type === 'function') return renderSvgMarkup((type as (p: unknown) => ReactNode)(props));
  if (typeof type !== 'string') throw new Error('renderSvgMarkup: only SVG elements and function components are supported');
  let attrs = '';
  for (const [prop, value] of Object.entries(props)) {
    if (prop === 'children' || value === undefined || value === null || value === false) continue;
    attrs += ` ${attributeName(prop)}="${escape(String(value))}"`;
  }
  return `<${type}${attrs}>${renderSvgMarkup(props.children)}</${type}>`;
}
