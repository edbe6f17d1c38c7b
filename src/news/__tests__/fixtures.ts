/** Shared test data for the news checks. */
import type {PostSource, Vocabulary} from '../types';

export const VOCAB: Vocabulary = {
  tags: [
    {key: 'chinh-sach', label: 'Chính sách'},
    {key: 'so-lieu', label: 'Số liệu'},
    {key: 'xuc-tien-thuong-mai', label: 'Xúc tiến thương mại'},
  ],
  authors: [{key: 'ban-bien-tap', name: 'Ban biên tập'}],
};

export const FILE = 'blog/2025-07-06-hoi-cho-ocop/index.md';

export const GOOD_BODY = [
  'Đoạn mở đầu nêu điều quan trọng nhất.',
  '',
  '<!-- truncate -->',
  '',
  'Nội dung chính.',
  '',
  '## Nguồn {#nguon}',
  '',
  '- [Kế hoạch 36/KH-UBND](/ke-hoach/)',
  '',
].join('\n');

/** A post that passes every rule; override parts to break one. */
export function post(overrides: Partial<PostSource> & {fm?: Record<string, unknown>} = {}): PostSource {
  const {fm, ...rest} = overrides;
  return {
    file: FILE,
    frontMatter: {
      title: 'Hội chợ OCOP',
      description: 'Một câu tóm tắt.',
      date: new Date('2025-07-06T00:00:00Z'),
      mdx: {format: 'md'},
      authors: ['ban-bien-tap'],
      tags: ['xuc-tien-thuong-mai'],
      ...fm,
    },
    body: GOOD_BODY,
    bodyStartLine: 8,
    ...rest,
  };
}
