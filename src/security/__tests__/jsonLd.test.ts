import {jsonLdText} from '../jsonLd';

describe('jsonLdText', () => {
  it('escapes what could end the script element', () => {
    expect(jsonLdText({headline: 'A </script><img src=x onerror="f()"> & B'})).toBe(
      '{"headline":"A \\u003c/script\\u003e\\u003cimg src=x onerror=\\"f()\\"\\u003e \\u0026 B"}',
    );
  });
  it('escapes the line and paragraph separators', () => {
    expect(jsonLdText('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });
  it('keeps the same JSON value, Vietnamese text included', () => {
    const value = {name: 'Kiểm thử <script>window.x=1</script>', list: [1, '"><svg onload="x">']};
    expect(JSON.parse(jsonLdText(value))).toEqual(value);
    expect(jsonLdText({name: 'Thanh Hóa'})).toBe('{"name":"Thanh Hóa"}');
  });
});
