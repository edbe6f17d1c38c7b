/**
 * JSON-LD for a `<script type="application/ld+json">` element.
 *
 * JSON.stringify leaves "<" as is, so a title containing "</script>" would
 * end the script element early and the rest of it would be read as HTML
 * (an <img onerror> in a news title would run). Escaping <, > and & as
 * \u003c, \u003e and \u0026 (and the line separators U+2028, U+2029, which
 * older JavaScript parsers reject) keeps the same JSON value: JSON.parse
 * reads the escapes back as the original characters.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
