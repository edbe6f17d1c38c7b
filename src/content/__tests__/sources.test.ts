/**
 * The register of outside sources (src/content/sources.ts): every entry is
 * complete and well-formed, and the editorial notes cite register entries
 * only. The build test src/__tests__/site/sources.test.ts checks that the
 * page /nguon/ lists them all.
 */
import {SOURCE_GROUPS, SOURCES, sourceSite, sourcesInGroup, type Source} from '../sources';
import {CONTEXT_NOTES} from '../../plan/contextNotes';
import {linkLanguage} from '../../linkLanguage';

const entries = Object.entries(SOURCES) as [string, Source][];

describe('the register of sources', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
  });

  it.each(entries)('%s: address, label, date and what it supports', (_key, s) => {
    const url = new URL(s.href);
    expect(['http:', 'https:']).toContain(url.protocol);
    expect(url.hostname).toMatch(/\.[a-z]{2,}$/);
    expect(s.href).not.toMatch(/\s/);
    for (const text of [s.label, s.date, s.supports]) {
      expect(typeof text).toBe('string');
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toBe(text.trim());
    }
    expect(SOURCE_GROUPS.map((g) => g.key)).toContain(s.group);
    expect(sourceSite(s.href)).toBe(url.hostname.replace(/^www\./, ''));
  });

  it.each(entries)('%s: a page in another language says so in its label', (_key, s) => {
    const language = linkLanguage(s.href);
    if (language !== undefined) expect(s.label).toContain(language);
  });

  it('lists each address once', () => {
    const hrefs = entries.map(([, s]) => s.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('every group has sources, and the groups hold every entry', () => {
    for (const g of SOURCE_GROUPS) expect(sourcesInGroup(g.key).length).toBeGreaterThan(0);
    expect(SOURCE_GROUPS.flatMap((g) => sourcesInGroup(g.key))).toHaveLength(entries.length);
  });

  it('the editorial notes cite entries of the register', () => {
    const all = Object.values(SOURCES) as Source[];
    for (const note of CONTEXT_NOTES) {
      expect(note.sources.length).toBeGreaterThan(0);
      for (const s of note.sources) expect(all).toContain(s);
    }
  });
});
