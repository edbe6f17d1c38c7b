/** Shared types for the news (blog) checks. */
import type {CitedItem} from '../plan/citations';
import type {ImageFormat} from './photos';

/**
 * Every rule's identifier. Each is explained in the editorial guide
 * (docs/huong-dan-bien-tap.md, section "Thông báo lỗi khi dựng trang");
 * a unit test checks that none is missing there.
 */
export const PROBLEM_CODES = [
  'frontmatter.delimiters',
  'frontmatter.yaml',
  'field.unknown',
  'folder.name',
  'title.missing',
  'title.type',
  'title.placeholder',
  'title.nfc',
  'title.too-long',
  'description.missing',
  'description.type',
  'description.too-long',
  'description.placeholder',
  'description.nfc',
  'date.missing',
  'date.format',
  'date.folder-mismatch',
  'date.future',
  'tags.missing',
  'tags.type',
  'tags.unknown',
  'tags.inline',
  'authors.missing',
  'authors.unknown',
  'authors.inline',
  'image.type',
  'image.alt-missing',
  'image.alt-placeholder',
  'image.file-name',
  'image.missing',
  'image.too-large',
  'image.heic',
  'image.content',
  'format.md',
  'draft.type',
  'unlisted.type',
  'content.truncate-missing',
  'content.intro-missing',
  'content.sources-missing',
  'content.sources-empty',
  'content.h1',
  'content.placeholder',
  'content.image-alt',
  'content.html',
  'content.truncate-mdx',
  'content.heading-id-mdx',
  'content.mdx-comment',
  'content.nfc',
  'content.later-post-link',
  'content.update-date',
  'content.plan-citation',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One mistake found in a post, shown to communications staff. */
export interface Problem {
  /** Path of the post as staff see it, relative to the site folder, e.g. "blog/2025-07-06-hoi-cho/index.md". */
  file: string;
  /** Front-matter field (e.g. "description"), or "nội dung" for the text of the post, or "thư mục" for its folder. */
  field: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Stable identifier of the rule, e.g. "description.too-long" (for tests and the guide). */
  code: ProblemCode;
  /** Vietnamese explanation: what is wrong and how to fix it. */
  message: string;
}

/** One entry of blog/tags.yml. */
export interface TagEntry {
  key: string;
  label: string;
}

/** One entry of blog/authors.yml. */
export interface AuthorEntry {
  key: string;
  name: string;
}

/** The declared tags and authors. */
export interface Vocabulary {
  tags: readonly TagEntry[];
  authors: readonly AuthorEntry[];
}

/** What the checks know about a file next to a post (an image). */
export interface AssetInfo {
  exists: boolean;
  /** Size in bytes, when the file exists. */
  bytes?: number;
  /** What the file is by its first bytes (src/news/photos.ts: sniffImageFormat), when read. */
  format?: ImageFormat;
  /** Pixels as stored (before any EXIF turn), when the file was read and its size could be; absent for an unreadable file. */
  width?: number;
  height?: number;
}

/** A post as read from disk. */
export interface PostSource {
  /** Path relative to the site folder, with "/" separators. */
  file: string;
  /** Parsed front matter (YAML), as Docusaurus or js-yaml returns it. */
  frontMatter: Readonly<Record<string, unknown>>;
  /** The front matter exactly as written (without the --- lines), to read values YAML would silently change, such as the date. */
  rawFrontMatter?: string;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line number, in the file, of the first line of `body`. */
  bodyStartLine: number;
}

/** Things the checks need from outside, injected so the rules stay pure. */
export interface CheckEnvironment {
  /** Today's date "YYYY-MM-DD" in Vietnam; posts dated later are refused. Omit to skip that rule. */
  today?: string;
  /** Looks up a file by a path relative to the post's folder (e.g. "./anh.jpg"). Omit to skip file checks. */
  asset?: (relativePath: string) => AssetInfo;
  /** The items of Part IV of the plan, to check the post's citations of it (src/plan/citations.ts). Omit to skip that rule. */
  planItems?: readonly CitedItem[];
}
