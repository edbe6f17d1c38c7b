import path from 'node:path';
import {parseVocabulary} from '../vocabulary';
import {loadVocabulary} from '../../plugins/news/vocabulary';

describe('parseVocabulary', () => {
  it('reads keys and labels', () => {
    expect(parseVocabulary('a:\n  label: Chữ A\nb: {}\n', 'x:\n  name: Ban X\n')).toEqual({
      tags: [
        {key: 'a', label: 'Chữ A'},
        {key: 'b', label: 'b'},
      ],
      authors: [{key: 'x', name: 'Ban X'}],
    });
  });
  it('refuses a file that is not a map', () => {
    expect(() => parseVocabulary('- a\n- b\n', 'x: {}')).toThrow('blog/tags.yml');
  });
});

describe('the site vocabulary (blog/tags.yml, blog/authors.yml)', () => {
  const vocab = loadVocabulary(path.resolve(__dirname, '..', '..', '..', 'blog'));
  it('has the fixed tag list that follows the plan', () => {
    expect(vocab.tags).toEqual([
      {key: 'tuyen-truyen', label: 'Tuyên truyền'},
      {key: 'dao-tao-tap-huan', label: 'Đào tạo – tập huấn'},
      {key: 'xuc-tien-thuong-mai', label: 'Xúc tiến thương mại'},
      {key: 'danh-gia-xep-hang', label: 'Đánh giá – xếp hạng'},
      {key: 'khoa-hoc-cong-nghe', label: 'Khoa học – công nghệ'},
      {key: 'chuyen-doi-so', label: 'Chuyển đổi số'},
      {key: 'chinh-sach', label: 'Chính sách'},
      {key: 'so-lieu', label: 'Số liệu'},
    ]);
  });
  it('has roles as authors, not people', () => {
    expect(vocab.authors).toEqual([{key: 'ban-bien-tap', name: 'Ban biên tập'}]);
  });
});
