/**
 * A `markdown.parseFrontMatter` hook that puts Vietnamese messages in front
 * of the mistakes Docusaurus itself rejects, in English, before the blog
 * plugin's `processBlogPosts` hook can run:
 *  - front matter that is not valid YAML (e.g. a title with ":" and no quotes);
 *  - a date not written YYYY-MM-DD ("24/02/2025");
 *  - an author key missing from blog/authors.yml;
 *  - tags not written as a [list]; draft/unlisted not true/false;
 *    title/description that are not text.
 * Training lessons (docs/dao-tao/<track>/NN-slug.mdx) get their title from
 * the one list of lessons, src/training/tracks.ts.
 * The corrections page (docs/dinh-chinh.md, written by staff) is checked
 * here too, so that a malformed entry stops the build with a Vietnamese
 * message naming the line. Other files (docs, pages) go straight to
 * Docusaurus's default parser.
 *
 * It is a site-wide option (`markdown` in docusaurus.config.ts), wired
 * through ./hooks.ts so that it gets the site folder Docusaurus loaded.
 */
import path from 'node:path';
import yaml from 'js-yaml';
import type {ParseFrontMatter} from '@docusaurus/types';
import {checkFrontMatter} from '../../news/checkFrontMatter';
import {splitFrontMatter} from '../../news/postFile';
import {NewsCheckError, formatProblems} from '../../news/report';
import type {Problem, ProblemCode} from '../../news/types';
import {CORRECTIONS_FILE, CorrectionsCheckError, formatCorrectionProblems, parseCorrections} from '../../content/corrections';
import {vietnamDate} from '../../news/today';
import {loadVocabulary} from './vocabulary';
import {lessonForFile} from '../../training/tracks';

/** Rules whose mistakes Docusaurus would otherwise report first, in English. */
export const EARLY_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'date.format',
  'authors.unknown',
  'tags.type',
  'draft.type',
  'unlisted.type',
  'title.type',
  'description.type',
  'image.type',
]);

export interface ParseFrontMatterOptions {
  siteDir: string;
  /** Blog folder relative to siteDir. Default "blog". */
  blogDir?: string;
  /** Where reports go. Default: standard error. */
  log?: (text: string) => void;
  /** Today in Vietnam, "YYYY-MM-DD" (corrections may not be dated later). Default: the real date. */
  today?: string;
}

/** True for a blog post file (not a partial starting with "_"). */
export function isBlogPostFile(filePath: string, blogDirAbsolute: string): boolean {
  const rel = path.relative(blogDirAbsolute, filePath);
  if (rel.startsWith('..') || path.isAbsolute(rel) || !/\.mdx?$/.test(rel)) {
    return false;
  }
  return !rel.split(path.sep).some((part) => part.startsWith('_'));
}

/** The Vietnamese problem for front matter that is not valid YAML. */
export function yamlProblem(file: string, fileContent: string): Problem {
  const split = splitFrontMatter(fileContent);
  let line: number | undefined;
  let detail = '';
  if (split) {
    try {
      yaml.load(split.frontMatter);
    } catch (err) {
      if (err instanceof yaml.YAMLException) {
        line = err.mark.line + split.frontMatterStartLine;
        const text = split.frontMatter.split('\n')[err.mark.line];
        detail = text === undefined ? '' : ` Dòng có lỗi: "${text.trim()}".`;
      }
    }
  }
  return {
    file,
    field: 'thông tin đầu bài',
    ...(line === undefined ? {} : {line}),
    code: 'frontmatter.yaml',
    message:
      `Phần thông tin đầu bài (giữa hai dòng ---) viết sai quy tắc nên không đọc được.${detail}` +
      ' Thường gặp nhất: giá trị có dấu hai chấm (:), dấu thăng (#) hoặc dấu ngoặc kép mà không đặt trong ngoặc kép, hoặc dòng bị thụt vào đầu dòng.' +
      ' Cách sửa: đặt cả giá trị trong ngoặc kép, ví dụ title: "Hội chợ OCOP: ngày khai mạc"; nếu trong giá trị có dấu ngoặc kép thì dùng ngoặc kép cong “ ”; mỗi trường bắt đầu sát lề trái.',
  };
}

export function createParseFrontMatter(options: ParseFrontMatterOptions): ParseFrontMatter {
  const {siteDir, blogDir = 'blog'} = options;
  const blogDirAbsolute = path.join(siteDir, blogDir);
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const fail = (problems: Problem[]): never => {
    log(formatProblems(problems, 'error'));
    throw new NewsCheckError(problems.length);
  };
  return async ({filePath, fileContent, defaultParseFrontMatter}) => {
    if (path.relative(siteDir, filePath).split(path.sep).join('/') === CORRECTIONS_FILE) {
      const {problems} = parseCorrections(fileContent, CORRECTIONS_FILE, options.today ?? vietnamDate());
      if (problems.length > 0) {
        log(formatCorrectionProblems(problems));
        throw new CorrectionsCheckError(problems.length);
      }
      return defaultParseFrontMatter({filePath, fileContent});
    }
    const lesson = lessonForFile(path.relative(siteDir, filePath));
    if (lesson) {
      // A lesson's title is listed once, in src/training/tracks.ts.
      const parsed = await defaultParseFrontMatter({filePath, fileContent});
      if (parsed.frontMatter.title !== undefined && parsed.frontMatter.title !== lesson.title) {
        throw new Error(
          `${path.relative(siteDir, filePath)}: bài học không ghi title riêng; tên bài lấy từ src/training/tracks.ts ("${lesson.title}"). Cách sửa: xóa dòng title, hoặc đổi tên bài trong tracks.ts.`,
        );
      }
      return {...parsed, frontMatter: {...parsed.frontMatter, title: lesson.title}};
    }
    if (!isBlogPostFile(filePath, blogDirAbsolute)) {
      return defaultParseFrontMatter({filePath, fileContent});
    }
    const file = path.relative(siteDir, filePath).split(path.sep).join('/');
    let result: Awaited<ReturnType<typeof defaultParseFrontMatter>>;
    try {
      result = await defaultParseFrontMatter({filePath, fileContent});
    } catch {
      return fail([yamlProblem(file, fileContent)]);
    }
    const split = splitFrontMatter(fileContent);
    const problems = checkFrontMatter(
      {
        file,
        frontMatter: result.frontMatter,
        ...(split ? {rawFrontMatter: split.frontMatter} : {}),
        body: result.content,
        bodyStartLine: split?.bodyStartLine ?? 1,
      },
      loadVocabulary(blogDirAbsolute),
    ).filter((p) => EARLY_CODES.has(p.code));
    return problems.length > 0 ? fail(problems) : result;
  };
}
