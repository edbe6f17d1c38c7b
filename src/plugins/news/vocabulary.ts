/** Reads the declared tags (blog/tags.yml) and authors (blog/authors.yml); the rules are in src/news/vocabulary.ts. */
import fs from 'node:fs';
import path from 'node:path';
import {parseVocabulary} from '../../news/vocabulary';
import type {Vocabulary} from '../../news/types';

/** Reads tags.yml and authors.yml from the blog folder. */
export function loadVocabulary(blogDir: string): Vocabulary {
  return parseVocabulary(
    fs.readFileSync(path.join(blogDir, 'tags.yml'), 'utf8'),
    fs.readFileSync(path.join(blogDir, 'authors.yml'), 'utf8'),
  );
}
