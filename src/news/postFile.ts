/** Reading the parts of a post file: front matter, body and folder name. */

export interface SplitPost {
  /** YAML between the two "---" lines (without them). */
  frontMatter: string;
  /** 1-based line of the first YAML line (2, after the opening "---"). */
  frontMatterStartLine: number;
  /** Everything after the closing "---" line. */
  body: string;
  /** 1-based line of the first body line. */
  bodyStartLine: number;
}

/**
 * Splits a Markdown file into front matter and body. Returns null when the
 * file does not start with a "---" line or the closing "---" is missing.
 */
export function splitFrontMatter(raw: string): SplitPost | null {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return null;
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) {
    return null;
  }
  return {
    frontMatter: lines.slice(1, close).join('\n'),
    frontMatterStartLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}

/**
 * The value of a top-level field as written, e.g. rawField("date: 2025-02-30", "date")
 * → "2025-02-30" (YAML itself would turn it into 2 March). Quotes are removed.
 */
export function rawField(frontMatter: string, field: string): string | undefined {
  const re = new RegExp(`^${field}[ \\t]*:[ \\t]*(.*?)[ \\t]*$`, 'm');
  const value = re.exec(frontMatter)?.[1];
  if (value === undefined) {
    return undefined;
  }
  const unquoted = /^(["'])(.*)\1$/.exec(value);
  return unquoted ? unquoted[2] : value.replace(/\s+#.*$/, '');
}

/** A post's folder: "blog/2025-02-24-ban-hanh-ke-hoach-36/index.md" → date and slug. */
export interface PostFolder {
  /** The folder name, e.g. "2025-02-24-ban-hanh-ke-hoach-36". */
  name: string;
  /** "YYYY-MM-DD" when the folder name starts with a date. */
  date?: string;
  /** What follows the date, e.g. "ban-hanh-ke-hoach-36". */
  slug?: string;
  /** True when the file is `index.md` or `index.mdx` inside its own folder. */
  isIndex: boolean;
}

export function postFolder(file: string): PostFolder {
  const parts = file.split('/');
  const base = parts[parts.length - 1] ?? '';
  const isIndex = /^index\.mdx?$/.test(base) && parts.length >= 2;
  const name = isIndex ? (parts[parts.length - 2] ?? '') : base.replace(/\.mdx?$/, '');
  const m = /^(\d{4}-\d{2}-\d{2})-(.*)$/.exec(name);
  return m ? {name, date: m[1], slug: m[2], isIndex} : {name, isIndex};
}
