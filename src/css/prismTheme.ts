/**
 * Light code-block colours (after GitHub's Primer palette): every token
 * reaches WCAG AA contrast (≥ 4.5:1) on the background, unlike the stock
 * prism-react-renderer light themes.
 */
import type {PrismTheme} from 'prism-react-renderer';

export const prismLight: PrismTheme = {
  plain: {color: '#1f2328', backgroundColor: '#f6f8fa'},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#57606a', fontStyle: 'italic'}},
    {types: ['keyword', 'atrule', 'important', 'selector'], style: {color: '#b3261e'}},
    {types: ['string', 'char', 'attr-value', 'regex', 'url'], style: {color: '#0a3069'}},
    {types: ['number', 'boolean', 'constant', 'datetime', 'symbol'], style: {color: '#0550ae'}},
    {types: ['function', 'class-name', 'key', 'property', 'tag', 'attr-name'], style: {color: '#6639ba'}},
    {types: ['punctuation', 'operator'], style: {color: '#1f2328'}},
    {types: ['deleted'], style: {color: '#82071e'}},
    {types: ['inserted'], style: {color: '#116329'}},
  ],
};
