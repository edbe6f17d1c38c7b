import {inSentence} from '../vietnamese';

describe('inSentence', () => {
  it('writes "huyện", "các" in lower case inside a sentence, and leaves names and abbreviations alone', () => {
    expect(inSentence('Huyện Nga Sơn')).toBe('huyện Nga Sơn');
    expect(inSentence('Các tổ chức kinh tế')).toBe('các tổ chức kinh tế');
    expect(inSentence('TP Sầm Sơn')).toBe('TP Sầm Sơn');
    expect(inSentence('Sở Y tế')).toBe('Sở Y tế');
    expect(inSentence('Huyện')).toBe('Huyện');
  });
});
