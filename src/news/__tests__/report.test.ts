import {GUIDE_HINT, NewsCheckError, formatProblems} from '../report';
import type {Problem} from '../types';

const problems: Problem[] = [
  {file: 'blog/a/index.md', field: 'description', line: 3, code: 'description.too-long', message: 'Mô tả dài.'},
  {file: 'blog/b/index.md', field: 'nội dung', line: 20, code: 'content.h1', message: 'Tiêu đề cấp 1.'},
  {file: 'blog/a/index.md', field: 'thư mục', code: 'folder.name', message: 'Tên thư mục.'},
];

describe('formatProblems', () => {
  it('puts the count first, then each problem with file, line and field, grouped by file', () => {
    const text = formatProblems(problems);
    const lines = text.split('\n');
    expect(lines[2]).toBe('LỖI BÀI VIẾT: không dựng được trang vì có 3 lỗi trong 2 tệp.');
    expect(text).toContain('1. blog/a/index.md, dòng 3 (trường description)  [mã lỗi: description.too-long]\n   Mô tả dài.');
    expect(text).toContain('2. blog/a/index.md (thư mục)  [mã lỗi: folder.name]\n   Tên thư mục.');
    expect(text).toContain('3. blog/b/index.md, dòng 20 (nội dung)  [mã lỗi: content.h1]\n   Tiêu đề cấp 1.');
    expect(text).toContain(GUIDE_HINT);
  });
  it('says previewing still works in warning mode', () => {
    expect(formatProblems(problems.slice(0, 1), 'warning')).toContain('CẢNH BÁO BÀI VIẾT: có 1 lỗi trong 1 tệp. Xem trước vẫn được');
  });
});

describe('NewsCheckError', () => {
  it('has a short Vietnamese message and no stack trace', () => {
    const err = new NewsCheckError(2);
    expect(err.message).toBe('Có 2 lỗi trong bài viết (xem danh sách ở trên).');
    expect(err.stack).toBe(err.message);
  });
});
