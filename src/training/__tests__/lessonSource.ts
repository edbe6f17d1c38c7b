/**
 * Test helpers that read the lesson MDX files as text and pull out the
 * pieces every lesson must have. Component props are JavaScript literals
 * (strings, arrays, objects), so they are cut out with a small
 * string-aware bracket matcher and evaluated in an empty VM context.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import yaml from 'js-yaml';

export const ROOT = path.resolve(__dirname, '../../..');
export const TRAINING_DIR = path.join(ROOT, 'docs/dao-tao');
export const PLAN_TEXT_DIR = path.join(ROOT, 'docs/ke-hoach/_van-ban');

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Front matter as an object (empty if none). */
export function readFrontMatter(source: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return {};
  const data = yaml.load(match[1] ?? '');
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/** Index just after the bracket that closes the one at `start` ('{', '[' or '('). */
function matchBracket(source: string, start: number): number {
  const closing: Record<string, string> = {'{': '}', '[': ']', '(': ')'};
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = start; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch in closing) stack.push(closing[ch]!);
    else if (ch === '}' || ch === ']' || ch === ')') {
      if (stack.pop() !== ch) throw new Error(`Unbalanced "${ch}" at offset ${i}`);
      if (stack.length === 0) return i + 1;
    }
  }
  throw new Error(`Unclosed bracket from offset ${start}`);
}

/** Offsets of every `<Component` tag in the source. */
export function findTags(source: string, component: string): number[] {
  const offsets: number[] = [];
  const re = new RegExp(`<${component}[\\s/>]`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) offsets.push(m.index);
  return offsets;
}

/**
 * The value of `prop` on the first `<component …>` tag: `prop="text"` gives
 * the string, `prop={…}` the evaluated expression; undefined if absent.
 */
export function readProp(source: string, component: string, prop: string): unknown {
  const [tagStart] = findTags(source, component);
  if (tagStart === undefined) return undefined;
  const tagEnd = source.indexOf('/>', tagStart);
  // Props are searched up to the end of the tag, skipping over braces.
  let i = tagStart + component.length + 1;
  while (i < source.length) {
    const rest = source.slice(i);
    const m = /^\s*([A-Za-z]+)=/.exec(rest);
    if (!m) break;
    const name = m[1];
    const valueStart = i + m[0].length;
    const first = source[valueStart];
    let value: unknown;
    let end: number;
    if (first === '"') {
      end = source.indexOf('"', valueStart + 1) + 1;
      value = source.slice(valueStart + 1, end - 1);
    } else if (first === '{') {
      end = matchBracket(source, valueStart);
      value = vm.runInNewContext(`(${source.slice(valueStart + 1, end - 1)})`, {});
    } else {
      throw new Error(`Unsupported value for ${component}.${name}`);
    }
    if (name === prop) return value;
    i = end;
  }
  if (tagEnd < 0) throw new Error(`<${component}> is not self-closing`);
  return undefined;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly id: string | undefined;
  readonly offset: number;
}

/** ATX headings outside code fences, with explicit ids written as `{/* #id *\/}`. */
export function listHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  let inFence = false;
  let offset = 0;
  for (const line of source.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    const m = !inFence && /^(#{1,6}) (.*?)(?: \{\/\* #([a-z0-9-]+) \*\/\})?$/.exec(line);
    if (m) headings.push({level: m[1]!.length, text: m[2]!, id: m[3], offset});
    offset += line.length + 1;
  }
  return headings;
}

/** Text of the section that starts at heading `h` (until the next heading of the same or higher level). */
export function sectionText(source: string, headings: readonly Heading[], h: Heading): string {
  const next = headings.find((x) => x.offset > h.offset && x.level <= h.level);
  return source.slice(h.offset, next ? next.offset : source.length);
}

/** Bodies of `:::kind[title]` … `:::` blocks with this exact title. */
export function listAdmonitions(source: string, title: string): {start: number; end: number}[] {
  const blocks: {start: number; end: number}[] = [];
  const re = /^:::[a-z]+\[(.*)\]\s*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    const close = source.indexOf('\n:::', m.index + m[0].length);
    if (close < 0) throw new Error('Unclosed admonition');
    if (m[1] === title) blocks.push({start: m.index, end: close + 4});
  }
  return blocks;
}

/** Plan sections keyed by their number as cited ("IV.14", "II.2.3", "III.2"). */
export function readPlanSections(): Map<string, string> {
  const sections = new Map<string, string>();
  for (const file of listDir(PLAN_TEXT_DIR).filter((f) => f.startsWith('_') && f.endsWith('.md'))) {
    const text = readText(path.join(PLAN_TEXT_DIR, file));
    // Headings with an id ({#id} or {/* #id */}) and numbered paragraphs with <ItemAnchor id="…" />.
    const marks: {id: string; level: number; offset: number}[] = [];
    for (const m of text.matchAll(/^(#{1,6}) .*\{(?:\/\* )?#([a-z0-9-]+)(?: \*\/)?\}\s*$/gm)) {
      marks.push({id: m[2]!, level: m[1]!.length, offset: m.index});
    }
    for (const m of text.matchAll(/<ItemAnchor id="([a-z0-9-]+)" \/>/g)) {
      marks.push({id: m[1]!, level: 7, offset: m.index});
    }
    marks.sort((a, b) => a.offset - b.offset);
    for (const mark of marks) {
      const next = marks.find((x) => x.offset > mark.offset && x.level <= mark.level);
      const label = mark.id
        .split('-')
        .map((part, i) => (i === 0 ? part.toUpperCase() : part))
        .join('.');
      sections.set(label, text.slice(mark.offset, next ? next.offset : text.length));
    }
  }
  return sections;
}

/** Whitespace collapsed, Markdown escapes and emphasis removed, NFC. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
