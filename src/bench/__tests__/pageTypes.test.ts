import {pageTypes, percentChange} from '../pageTypes';

describe('percentChange', () => {
  it('gives the change in percent, one decimal, and null from zero', () => {
    expect(percentChange(142.3, 142.3)).toBe(0);
    expect(percentChange(100, 110.04)).toBe(10);
    expect(percentChange(200, 187)).toBe(-6.5);
    expect(percentChange(0, 0)).toBeNull();
  });
});

describe('pageTypes', () => {
  it('lists the eleven page types of issue #17, with the given post and tag page', () => {
    const types = pageTypes('/tin-tuc/2025/01/02/a/', '/tin-tuc/the/b/');
    expect(types).toHaveLength(11);
    expect(types.slice(-2)).toEqual([
      {label: 'bài tin', path: '/tin-tuc/2025/01/02/a/'},
      {label: 'trang thẻ', path: '/tin-tuc/the/b/'},
    ]);
  });
});
