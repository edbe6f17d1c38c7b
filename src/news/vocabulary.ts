/**
 * The declared tags (blog/tags.yml) and authors (blog/authors.yml), from the
 * files' text. The files are read by the news plugin
 * (src/plugins/news/vocabulary.ts).
 */
import yaml from 'js-yaml';
import type {AuthorEntry, TagEntry, Vocabulary} from './types';

function entries(text: string, file: string): [string, Record<string, unknown>][] {
  const data: unknown = yaml.load(text);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`Tệp ${file} phải là danh sách dạng "mã:" kèm các thông tin bên dưới.`);
  }
  return Object.entries(data as Record<string, unknown>).map(([key, value]) => [
    key,
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {},
  ]);
}

/** Parses the two YAML files' text. Tags without a label use their key. */
export function parseVocabulary(tagsYaml: string, authorsYaml: string): Vocabulary {
  const tags: TagEntry[] = entries(tagsYaml, 'blog/tags.yml').map(([key, v]) => ({
    key,
    label: typeof v.label === 'string' ? v.label : key,
  }));
  const authors: AuthorEntry[] = entries(authorsYaml, 'blog/authors.yml').map(([key, v]) => ({
    key,
    name: typeof v.name === 'string' ? v.name : key,
  }));
  return {tags, authors};
}
