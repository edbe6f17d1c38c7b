/**
 * The blog plugin's `processBlogPosts` hook: runs the news checks on every
 * post Docusaurus has loaded. In a production build (`npm run build`) any
 * problem stops the build, after a Vietnamese report naming each file and
 * field; while previewing (`npm start`) the same report is printed as a
 * warning so drafts stay previewable. Draft posts are already absent from
 * production builds (Docusaurus drops them before this hook).
 *
 * This is the news checks' file reader (post files, tags.yml, authors.yml,
 * images, and Part IV of the plan for the posts' citations of it); the
 * rules themselves are pure, in src/news/. The site folder is the one
 * Docusaurus loaded (see ./hooks.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {checkPost, postSourceFromText} from '../../news/checkPost';
import {checkLaterLinks, isoPostDate, type DatedPost} from '../../news/checkLaterLinks';
import {NewsCheckError, formatProblems} from '../../news/report';
import {vietnamDate} from '../../news/today';
import type {AssetInfo, Problem} from '../../news/types';
import {imageSize} from 'image-size';
import {PHOTO_MAX_BYTES, SNIFF_BYTES, sniffImageFormat} from '../../news/photos';
import {loadVocabulary} from './vocabulary';
import {parsePartIv} from '../../agencies/parsePartIv';
import {citedItems, type CitedItem} from '../../plan/citations';
import {PART_IV_FILE} from '../ocop-data/loadAgencies';
import {resolvePlanDir} from '../ocop-data/options';

export interface ProcessBlogPostsOptions {
  /** The site folder (where docusaurus.config.ts is). */
  siteDir: string;
  /** Blog folder relative to siteDir. Default "blog". */
  blogDir?: string;
  /** Stop on problems (true in `docusaurus build`). Default: NODE_ENV is "production". */
  production?: boolean;
  /** Today in Vietnam, "YYYY-MM-DD". Default: the real date. */
  today?: string;
  /** Part IV of the plan, for the posts' citations of it. Default: read from the site's plan folder. */
  planItems?: readonly CitedItem[];
  /** Where reports go. Default: standard error. */
  log?: (text: string) => void;
}

export type ProcessBlogPostsHook = (params: {blogPosts: BlogPost[]}) => Promise<void | BlogPost[]>;

function assetLookup(postDir: string): (relativePath: string) => AssetInfo {
  return (relativePath) => {
    let decoded = relativePath;
    try {
      decoded = decodeURI(relativePath);
    } catch {
      // keep as written
    }
    const full = path.resolve(postDir, decoded);
    try {
      const stat = fs.statSync(full);
      return stat.isFile() ? imageFacts(full, stat.size) : {exists: false};
    } catch {
      return {exists: false};
    }
  };
}

/**
 * What a photo is (its first bytes) and its pixels (its header, via
 * image-size), so that the checks refuse a HEIC photo named .jpg and a
 * "pixel bomb" before the build tries to decode them. Files past the byte
 * ceiling are not read further.
 */
function imageFacts(file: string, bytes: number): AssetInfo {
  if (bytes > PHOTO_MAX_BYTES) return {exists: true, bytes};
  const data = new Uint8Array(fs.readFileSync(file));
  const format = sniffImageFormat(data.subarray(0, SNIFF_BYTES));
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') return {exists: true, bytes, format};
  try {
    const {width, height} = imageSize(data);
    return width > 0 && height > 0 ? {exists: true, bytes, format, width, height} : {exists: true, bytes, format};
  } catch {
    return {exists: true, bytes, format};
  }
}

/** Resolves Docusaurus's "@site/blog/…" source path. */
function sourcePath(siteDir: string, source: string): string {
  return source.startsWith('@site/') ? path.join(siteDir, source.slice('@site/'.length)) : source;
}

/** Checks the given posts and returns the problems (no printing, no throwing). */
export function findProblems(blogPosts: readonly BlogPost[], options: ProcessBlogPostsOptions): Problem[] {
  const {siteDir, blogDir = 'blog'} = options;
  const vocab = loadVocabulary(path.join(siteDir, blogDir));
  const today = options.today ?? vietnamDate();
  const planItems = options.planItems ?? citedItems(parsePartIv(fs.readFileSync(path.join(resolvePlanDir(siteDir), PART_IV_FILE), 'utf8')));
  const dated: DatedPost[] = [];
  const problems = blogPosts.flatMap((post) => {
    const absolute = sourcePath(siteDir, post.metadata.source);
    const file = path.relative(siteDir, absolute).split(path.sep).join('/');
    const source = postSourceFromText(file, fs.readFileSync(absolute, 'utf8'), post.metadata.frontMatter);
    if (!('body' in source)) {
      return [source];
    }
    const date = isoPostDate(post.metadata.frontMatter.date) ?? isoPostDate(post.metadata.date);
    if (date !== undefined) dated.push({file, date, permalink: post.metadata.permalink, body: source.body, bodyStartLine: source.bodyStartLine});
    return checkPost(source, vocab, {today, asset: assetLookup(path.dirname(absolute)), planItems});
  });
  // Rules that compare posts with each other (links to later posts).
  return [...problems, ...checkLaterLinks(dated)];
}

export function createProcessBlogPosts(options: ProcessBlogPostsOptions): ProcessBlogPostsHook {
  return async ({blogPosts}) => {
    const problems = findProblems(blogPosts, options);
    if (problems.length === 0) {
      return undefined;
    }
    const production = options.production ?? process.env.NODE_ENV === 'production';
    const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
    log(formatProblems(problems, production ? 'error' : 'warning'));
    if (production) {
      throw new NewsCheckError(problems.length);
    }
    return undefined;
  };
}
