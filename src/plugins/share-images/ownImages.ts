/**
 * The pages that set their own `image` (news posts with `image` and
 * `image_alt` in front matter), with that picture's size and alt text, so
 * that their head tags describe their own picture instead of a card.
 *
 * The size is that of the published file: a JPEG or PNG beside the post is
 * published upright (EXIF orientation) as its largest copy
 * (src/news/photos.ts: publishedSize, the same function the build's copies
 * follow, src/plugins/news/photos.ts), not at the size staff added it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {imageSize} from 'image-size';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {isResizedPhoto, orientedSize, publishedSize} from '../../news/photos';

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
      const shown = orientedSize({width: dims.width, height: dims.height}, dims.orientation);
      // Files in static/ ("/img/…") are published as they are; those beside the post as their largest copy.
      size = image.startsWith('/') || !isResizedPhoto(image) ? shown : publishedSize(shown);
    }
    // Keyed by the page's path with its trailing slash (trailingSlash: true); permalinks have none.
    out[permalink.endsWith('/') ? permalink : `${permalink}/`] = {...size, alt};
  }
  return out;
}
