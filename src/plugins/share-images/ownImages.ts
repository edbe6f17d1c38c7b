/**
 * The pages that set their own `image` (news posts with `image` and
 * `image_alt` in front matter), with that picture's size and alt text, so
 * that their head tags describe their own picture instead of a card.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {imageSize} from 'image-size';
import type {BlogPost} from '@docusaurus/plugin-content-blog';

export interface OwnImage {
  /** Pixels, or null when the picture is not a local file (an https address). */
  width: number | null;
  height: number | null;
  alt: string;
}

/** Own pictures of the news posts by page path (with baseUrl and a trailing slash), their size read from the file beside the post. */
export async function ownImagesOfPosts(posts: readonly BlogPost[], siteDir: string): Promise<Record<string, OwnImage>> {
  const out: Record<string, OwnImage> = {};
  for (const post of posts) {
    const {frontMatter, permalink, source, title} = post.metadata;
    const image = frontMatter.image;
    if (typeof image !== 'string' || image === '') continue;
    const alt = typeof frontMatter.image_alt === 'string' && frontMatter.image_alt !== '' ? frontMatter.image_alt : title;
    let size: {width: number | null; height: number | null} = {width: null, height: null};
    if (!/^(https?:)?\/\//.test(image)) {
      const postDir = path.dirname(path.join(siteDir, source.replace(/^@site\//, '')));
      const file = image.startsWith('/') ? path.join(siteDir, 'static', image) : path.join(postDir, image);
      const dims = imageSize(new Uint8Array(await fs.readFile(file)));
      size = {width: dims.width ?? null, height: dims.height ?? null};
    }
    // Keyed by the page's path with its trailing slash (trailingSlash: true); permalinks have none.
    out[permalink.endsWith('/') ? permalink : `${permalink}/`] = {...size, alt};
  }
  return out;
}
