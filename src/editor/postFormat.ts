/**
 * A Decap CMS file format for news posts (blog/<folder>/index.md), so that
 * the editor writes posts the way `npm run new-post` and staff write them,
 * and never rewrites what was not changed:
 *
 *   CMS.registerCustomFormat(POST_FORMAT, 'md', postFormatter)
 *
 * `fromFile(text)` gives the front-matter fields, `body` (the Markdown after
 * the front matter) and `_source` (the file as read). `toFile(data)`:
 * - nothing changed: the file as read, byte for byte;
 * - otherwise each top-level field whose value did not change keeps its
 *   original lines, comments and blank lines stay where they were, a changed
 *   field is written on one line in the site's style (strings in double
 *   quotes, `date: 2025-07-06` bare, lists as `[a, b]`, `mdx: {format: md}`),
 *   a removed field (e.g. `draft` unticked) disappears, a new one is added in
 *   the order of the new-post template; the body is written as given.
 *
 * YAML is read with js-yaml's core schema, so `date: 2025-07-06` stays the
 * text the news checks read, not a Date.
 */
import yaml from 'js-yaml';
import {MARKDOWN_LINE} from '../news/checkFrontMatter';
import type {DecapFormatter} from './csvFormat';

export const POST_FORMAT = 'post-md';
export const POST_EXTENSION = 'md';
export const BODY_FIELD = 'body';
export const SOURCE_FIELD = '_source';

/** Order of the new-post template (src/news/newPost.ts); other fields follow. */
const ORDER = ['title', 'description', 'date', 'mdx', 'authors', 'tags', 'draft', 'image', 'image_alt'];
/** Fields written bare (codes, dates, paths): everything else is quoted. */
const BARE = new Set(['date', 'image']);
const SAFE_BARE = /^[\w./-]+$/;

interface SplitFile {
  /** Up to and including the opening "---" line break. */
  open: string;
  /** The YAML text between the two "---" lines, with its line breaks. */
  yamlText: string;
  /** The closing "---" line with its line break. */
  close: string;
  body: string;
  eol: string;
}

function split(text: string): SplitFile | null {
  const m = /^(\uFEFF?---[ \t]*(\r?\n))([\s\S]*?)(^---[ \t]*(?:\r?\n|$))/m.exec(text);
  if (m === null || m.index !== 0) return null;
  return {open: m[1]!, yamlText: m[3]!, close: m[4]!, body: text.slice(m[0].length), eol: m[2]!};
}

function parseYaml(text: string): Record<string, unknown> {
  const data: unknown = yaml.load(text, {schema: yaml.CORE_SCHEMA});
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Reads a post into the entry data Decap edits. */
export function postFromFile(content: string): Record<string, unknown> {
  const parts = split(content);
  if (parts === null) return {[BODY_FIELD]: content, [SOURCE_FIELD]: content};
  return {...parseYaml(parts.yamlText), [BODY_FIELD]: parts.body, [SOURCE_FIELD]: content};
}

/** A top-level field of the original YAML: its lines (with the comments and blank lines before it). */
interface Block {
  key: string | null;
  text: string;
}

function blocksOf(yamlText: string): Block[] {
  const lines = yamlText.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const blocks: Block[] = [];
  let pending = '';
  for (const line of lines) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (key !== null) {
      blocks.push({key: key[1]!, text: pending + line});
      pending = '';
    } else if (/^[ \t]+\S/.test(line) && !/^\s*#/.test(line) && blocks.length > 0 && pending === '') {
      // A continuation of the previous field (an indented list or mapping).
      blocks[blocks.length - 1]!.text += line;
    } else {
      pending += line;
    }
  }
  if (pending !== '') blocks.push({key: null, text: pending});
  return blocks;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function scalar(key: string, value: unknown): string {
  if (typeof value === 'string') return BARE.has(key) && SAFE_BARE.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && SAFE_BARE.test(v))) return `[${value.join(', ')}]`;
  return yaml.dump(value, {flowLevel: 0, lineWidth: -1}).trim();
}

/** One field on one line, in the site's style. */
function fieldLine(key: string, value: unknown, eol: string): string {
  if (key === 'mdx' && same(value, (yaml.load(MARKDOWN_LINE) as {mdx: unknown}).mdx)) return `${MARKDOWN_LINE}${eol}`;
  return `${key}: ${scalar(key, value)}${eol}`;
}

/** False, empty and absent fields are not written (`draft: false` is Docusaurus's default). */
const written = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Writes the entry data back as a post, keeping every unchanged field's original text. */
export function postToFile(data: object): string {
  const record = data as Record<string, unknown>;
  const source = typeof record[SOURCE_FIELD] === 'string' ? (record[SOURCE_FIELD] as string) : '';
  const body = typeof record[BODY_FIELD] === 'string' ? (record[BODY_FIELD] as string) : '';
  const values = Object.fromEntries(
    Object.entries(record).filter(([k, v]) => k !== BODY_FIELD && !k.startsWith('_') && written(v)),
  );
  const parts = split(source);
  const eol = parts?.eol ?? '\n';
  const original = parts === null ? {} : parseYaml(parts.yamlText);

  const out: string[] = [];
  const done = new Set<string>();
  for (const block of parts === null ? [] : blocksOf(parts.yamlText)) {
    if (block.key === null) {
      out.push(block.text);
      continue;
    }
    // The comment and blank lines before the field stay in any case.
    const comments = /^(?:[ \t]*(?:#[^\n]*)?\n)*/.exec(block.text)![0];
    const key = block.key;
    if (done.has(key)) {
      out.push(comments);
      continue;
    }
    done.add(key);
    if (same(record[key], original[key])) out.push(block.text);
    else if (key in values) out.push(comments + fieldLine(key, values[key], eol));
    else out.push(comments);
  }
  const rest = Object.keys(values)
    .filter((k) => !done.has(k))
    .sort((a, b) => (ORDER.indexOf(a) + 1 || ORDER.length + 1) - (ORDER.indexOf(b) + 1 || ORDER.length + 1));
  const yamlText = out.join('') + rest.map((k) => fieldLine(k, values[k], eol)).join('');
  // A blank line between the front matter and the text, as in the template.
  const text = body === '' || body.startsWith('\n') || body.startsWith('\r\n') ? body : `${eol}${body}`;
  // Decap adds "\n" when the result does not end with one (posts always do).
  return `${parts?.open ?? `---${eol}`}${yamlText}${parts?.close ?? `---${eol}`}${text}`;
}

export const postFormatter: DecapFormatter = {
  fromFile: postFromFile,
  toFile: (data) => postToFile(data),
};
