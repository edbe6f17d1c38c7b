/** All the rules for one post: front matter, then text. */
import {splitFrontMatter} from './postFile';
import {checkFrontMatter} from './checkFrontMatter';
import {checkContent} from './checkContent';
import {checkPlanCitations} from './checkPlanCitations';
import type {CheckEnvironment, PostSource, Problem, Vocabulary} from './types';

export function checkPost(post: PostSource, vocab: Vocabulary, env: CheckEnvironment = {}): Problem[] {
  return [...checkFrontMatter(post, vocab, env), ...checkContent(post, env), ...(env.planItems ? checkPlanCitations(post, env.planItems) : [])];
}

/**
 * Builds a PostSource from a file's text and its already-parsed front matter.
 * A file without a closing "---" gets a problem instead.
 */
export function postSourceFromText(
  file: string,
  text: string,
  frontMatter: Readonly<Record<string, unknown>>,
): PostSource | Problem {
  const split = splitFrontMatter(text);
  if (!split) {
    return {
      file,
      field: 'thông tin đầu bài',
      line: 1,
      code: 'frontmatter.delimiters',
      message:
        'Phần thông tin đầu bài phải nằm giữa hai dòng chỉ có ba dấu gạch ngang (---): một dòng ở ngay đầu tệp, một dòng sau trường cuối cùng. Cách sửa: kiểm tra hai dòng --- này, không có dấu cách hay chữ nào khác trên hai dòng đó.',
    };
  }
  return {
    file,
    frontMatter,
    rawFrontMatter: split.frontMatter,
    body: split.body,
    bodyStartLine: split.bodyStartLine,
  };
}
