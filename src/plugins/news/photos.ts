/**
 * The news pages' photos at build time (the news plugin's postBuild, see
 * ./staticNews.ts): every JPEG or PNG a news page shows or names as its
 * picture (`assets/images/…`) is published as smaller, recompressed copies
 * (src/news/photos.ts decides their sizes, names and the <img> attributes;
 * this file reads and writes the files).
 *
 * In two steps, because Docusaurus runs every plugin's postBuild at once and
 * other plugins read the news pages (share-images adds their og:image tags,
 * the blog plugin reads them for the feeds):
 *  - planPhotos, synchronous: the copies' sizes from each photo's header
 *    (image-size), so the pages can be rewritten before any other plugin's
 *    postBuild reads them;
 *  - writePhotoCopies, asynchronous: the pixels, with sharp, written under
 *    assets/images/ only, which no postBuild reads.
 *
 * Docusaurus emits a post's images from the client's compilation only (the
 * server's file-loader has emitFile: false); the news routes are no longer
 * in it (src/routing/staticRoutes.ts), so the images a news page names are
 * not emitted at all (seen in a 3.10 build). Their sources are found among
 * the news posts' files by the name Docusaurus gave them (the same
 * file-loader name template and hash, sourceFinder below); an image that
 * was emitted (a page outside the news shows it too) is read from the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import sharp from 'sharp';
import {imageSize} from 'image-size';
import {getFileLoaderUtils} from '@docusaurus/utils';
import {JPEG_QUALITY, PHOTO_MAX_PIXELS, formatOfName, isResizedPhoto, linkedFiles, orientedSize, pagePhotos, photoCopies, type PhotoCopy} from '../../news/photos';

export interface PhotoPlan {
  /** "assets/images/anh-….jpg", as the pages name it. */
  file: string;
  /** Where its pixels are read from: the emitted file, or the post's own file when none was emitted. */
  source: string;
  /** The copies to publish, smallest first; the last one replaces `file`. */
  copies: PhotoCopy[];
}

/** Finds the source file of an emitted image ("assets/images/anh-<hash>.jpg"), or undefined. */
export type SourceFinder = (file: string) => string | undefined;

const PHOTO_FILE = /\.(jpe?g|png|webp)$/i;

function filesUnder(dir: string, accept: RegExp): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, {withFileTypes: true});
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, accept);
    return entry.isFile() && accept.test(entry.name) ? [full] : [];
  });
}

/** file-loader's own interpolateName (loader-utils), as file-loader resolves it, so that the names match Docusaurus's. */
interface LoaderUtils {
  interpolateName(context: {resourcePath: string}, name: string, options: {content: Buffer}): string;
}

/**
 * The source of an emitted image among the images in `postDirs` (the news
 * posts' folders), by the name Docusaurus's file-loader gives each
 * (assets/images/[name]-[contenthash].[ext]). Names are computed once, on
 * the first look-up, and only for files whose [name].[ext] fits.
 */
export function sourceFinder(postDirs: readonly string[], folder: 'images' | 'files' = 'images'): SourceFinder {
  let byName: Map<string, string[]> | undefined;
  const named = new Map<string, string>();
  const options = getFileLoaderUtils(false).loaders.file({folder}).options;
  const accept = folder === 'images' ? PHOTO_FILE : /^(?!index\.mdx?$)/;
  const template = typeof options === 'object' && options !== null ? (options as Record<string, unknown>).name : undefined;
  const loaderUtils = createRequire(require.resolve('file-loader'))('loader-utils') as LoaderUtils;
  return (file) => {
    if (typeof template !== 'string') return undefined;
    byName ??= [...new Set(postDirs)].flatMap((dir) => filesUnder(dir, accept)).reduce((map, full) => {
      const key = path.basename(full);
      map.set(key, [...(map.get(key) ?? []), full]);
      return map;
    }, new Map<string, string[]>());
    // "anh-<hash>.jpg" comes from a source named "anh.jpg".
    const base = path.posix.basename(file);
    const m = /^(.*)-[0-9a-f]+(\.[^.]+)$/.exec(base);
    for (const candidate of m ? (byName.get(`${m[1]}${m[2]}`) ?? []) : []) {
      if (!named.has(candidate)) {
        named.set(candidate, loaderUtils.interpolateName({resourcePath: candidate}, template, {content: fs.readFileSync(candidate)}));
      }
      if (named.get(candidate) === file) return candidate;
    }
    return undefined;
  };
}

/**
 * The plans for the photos the given pages (built HTML) show or name, each
 * once: JPEG and PNG only. A WebP file is published as it is: copied from
 * the post's folder when Docusaurus did not emit it. Synchronous (see
 * above). Throws, in Vietnamese, when a page names an image that was
 * neither emitted nor found among the posts' files.
 */
export function planPhotos(outDir: string, pages: readonly {file: string; html: string}[], baseUrl: string, findSource: SourceFinder): Map<string, PhotoPlan> {
  const plans = new Map<string, PhotoPlan>();
  const seen = new Set<string>();
  for (const page of pages) {
    for (const file of pagePhotos(page.html, baseUrl)) {
      if (seen.has(file)) continue;
      seen.add(file);
      const emitted = path.join(outDir, ...file.split('/'));
      const source = fs.existsSync(emitted) ? emitted : findSource(file);
      if (source === undefined) {
        throw new Error(`Trang ${path.relative(outDir, page.file)} dùng ảnh ${baseUrl}${file}, nhưng không tìm thấy tệp ảnh này trong bản dựng hay trong thư mục các bài tin. Cách sửa: chép ảnh vào thư mục của bài (cùng chỗ với index.md) và viết đúng tên tệp trong bài, kể cả chữ hoa, chữ thường và phần đuôi (src/plugins/news/photos.ts).`);
      }
      if (!isResizedPhoto(file)) {
        if (source !== emitted) {
          fs.mkdirSync(path.dirname(emitted), {recursive: true});
          fs.copyFileSync(source, emitted);
        }
        continue;
      }
      const {width, height, orientation} = imageSize(new Uint8Array(fs.readFileSync(source)));
      plans.set(file, {file, source, copies: photoCopies(path.posix.basename(file), orientedSize({width, height}, orientation))});
    }
  }
  return plans;
}

/** The bytes of one copy: turned upright (EXIF), resized to exactly its size, recompressed; no metadata kept (phone photos carry the place they were taken). */
export async function encodeCopy(input: Buffer, copy: PhotoCopy): Promise<Buffer> {
  const resized = sharp(input, {limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error'})
    .autoOrient()
    .resize(copy.width, copy.height, {fit: 'fill'});
  const format = formatOfName(copy.file);
  const encoded =
    format === 'png'
      ? resized.png({palette: true, compressionLevel: 9, effort: 7})
      : resized.jpeg({quality: JPEG_QUALITY, mozjpeg: true});
  const {data, info} = await encoded.toBuffer({resolveWithObject: true});
  if (info.width !== copy.width || info.height !== copy.height) {
    throw new Error(`Bản ${copy.file} có ${info.width} × ${info.height} điểm ảnh thay vì ${copy.width} × ${copy.height} như trang đã ghi (src/plugins/news/photos.ts).`);
  }
  return data;
}

export interface PhotoReport {
  file: string;
  /** Bytes of the file the post brought. */
  sourceBytes: number;
  /** Bytes of each copy written, in the order of the plan's copies. */
  copyBytes: number[];
}

/**
 * Writes the copies of every planned photo into outDir/assets/images/, one
 * photo at a time (a phone photo decodes to some 50 MB of pixels). The
 * largest copy is written last, over the emitted original.
 */
export async function writePhotoCopies(outDir: string, plans: Iterable<PhotoPlan>): Promise<PhotoReport[]> {
  const reports: PhotoReport[] = [];
  for (const plan of plans) {
    const input = await fs.promises.readFile(plan.source);
    const dir = path.join(outDir, ...path.posix.dirname(plan.file).split('/'));
    await fs.promises.mkdir(dir, {recursive: true});
    const copyBytes: number[] = [];
    for (const copy of plan.copies) {
      let data: Buffer;
      try {
        data = await encodeCopy(input, copy);
      } catch (error) {
        throw new Error(`Không xử lý được ảnh ${plan.file} (tệp gốc ${plan.source}): ${error instanceof Error ? error.message : String(error)}`);
      }
      await fs.promises.writeFile(path.join(dir, copy.file), data);
      copyBytes.push(data.length);
    }
    reports.push({file: plan.file, sourceBytes: input.length, copyBytes});
  }
  return reports;
}

/**
 * The documents the given pages link to under assets/files/ (a post's
 * [text](./van-ban.pdf)), which Docusaurus did not emit for the same reason
 * as the photos (see above): each copied from the post's folder, found by
 * the name Docusaurus gave it. Synchronous; throws, in Vietnamese, when a
 * linked file is found nowhere. Returns the files copied.
 */
export function copyLinkedFiles(outDir: string, pages: readonly {file: string; html: string}[], baseUrl: string, findSource: SourceFinder): string[] {
  const copied: string[] = [];
  for (const page of pages) {
    for (const file of linkedFiles(page.html, baseUrl)) {
      const emitted = path.join(outDir, ...file.split('/'));
      if (fs.existsSync(emitted)) continue;
      const source = findSource(file);
      if (source === undefined) {
        throw new Error(`Trang ${path.relative(outDir, page.file)} liên kết tới tệp ${baseUrl}${file}, nhưng không tìm thấy tệp này trong bản dựng hay trong thư mục các bài tin. Cách sửa: chép tệp vào thư mục của bài (cùng chỗ với index.md) và viết đúng tên tệp trong liên kết, kể cả chữ hoa, chữ thường và phần đuôi (src/plugins/news/photos.ts).`);
      }
      fs.mkdirSync(path.dirname(emitted), {recursive: true});
      fs.copyFileSync(source, emitted);
      copied.push(file);
    }
  }
  return copied;
}
