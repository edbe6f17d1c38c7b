import {closest, editDistance, fold, replaceD} from '../vietnamese';

describe('closest ("did you mean …?")', () => {
  it('compares slugs: case, diacritics and separators do not count', () => {
    expect(closest('Nga Sơn', ['hoang-hoa', 'nga-son'])).toBe('nga-son');
    expect(closest('hide_table_of_content', ['title', 'hide_table_of_contents'], {maxDistance: 2})).toBe('hide_table_of_contents');
  });
  it('finds a key by its label and returns the key', () => {
    expect(closest('Ban bien tap', [{key: 'ban-bien-tap-2', label: 'Ban biên tập'}], {maxDistance: 2})).toBe('ban-bien-tap-2');
  });
  it('nothing when nothing is close, or the input has no letters', () => {
    expect(closest('ha-noi', ['nga-son', 'hoang-hoa'])).toBeUndefined();
    expect(closest('!!!', ['a'])).toBeUndefined();
    expect(closest('tagz', ['tags'], {maxDistance: 0})).toBeUndefined();
  });
});

describe('fold, replaceD, editDistance', () => {
  it('fold', () => expect(fold('  Huyện  Đông Sơn ')).toBe('huyen dong son'));
  it('replaceD changes đ/Đ only', () => expect(replaceD('Đánh giá đợt')).toBe('Dánh giá dợt'));
  it('editDistance', () => expect([editDistance('kitten', 'sitting'), editDistance('', 'ab'), editDistance('ab', 'ab')]).toEqual([3, 2, 0]));
});
