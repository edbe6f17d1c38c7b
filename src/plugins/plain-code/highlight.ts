/**
 * A stand-in for prism-react-renderer in the browser and server bundles
 * (see ./index.ts): the same `Highlight` render-prop API, with every line
 * one "plain" token, so Docusaurus's CodeBlock renders code in the theme's
 * plain colours, without syntax colouring and without Prism's 25 KB (gzip)
 * that every page would otherwise download. `Prism` is the empty language
 * registry that Docusaurus's prism-include-languages client module fills
 * with `themeConfig.prism.additionalLanguages` (none on this site).
 */
import type {CSSProperties, ReactNode} from 'react';

export interface Token {
  types: string[];
  content: string;
  empty?: boolean;
}

interface Theme {
  plain: CSSProperties;
}

interface RenderProps {
  tokens: Token[][];
  className: string;
  style: CSSProperties;
  getLineProps: (input: {line: Token[]; className?: string; style?: CSSProperties; [key: string]: unknown}) => Record<string, unknown>;
  getTokenProps: (input: {token: Token; className?: string; style?: CSSProperties; [key: string]: unknown}) => Record<string, unknown>;
}

export interface HighlightProps {
  code: string;
  language: string;
  theme?: Theme;
  children: (props: RenderProps) => ReactNode;
}

export const Prism = {languages: {} as Record<string, unknown>};

/** Lines as prism-react-renderer gives them for a language without grammar. */
export function plainLines(code: string): Token[][] {
  return code.split(/\r\n|\r|\n/).map((line) => (line === '' ? [{types: ['plain'], content: '\n', empty: true}] : [{types: ['plain'], content: line}]));
}

const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');
const merge = (base: CSSProperties | undefined, extra: CSSProperties | undefined) => (extra === undefined ? base : {...base, ...extra});

export function Highlight({code, language, theme, children}: HighlightProps): ReactNode {
  const plain = theme?.plain ?? {};
  const linePlain: CSSProperties = {...plain, backgroundColor: undefined};
  return children({
    tokens: plainLines(code),
    className: `prism-code language-${language.toLowerCase()}`,
    style: plain,
    getLineProps: ({line: _line, className, style, ...rest}) => ({...rest, className: join('token-line', className), style: merge(linePlain, style)}),
    getTokenProps: ({token, className, style, ...rest}) => ({
      ...rest,
      className: join('token', ...token.types, className),
      children: token.content,
      style: merge(token.empty ? {display: 'inline-block'} : undefined, style),
    }),
  });
}
