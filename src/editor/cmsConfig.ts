/**
 * The Decap CMS configuration, generated from the rules the build checks
 * with, so that the editor and the build never disagree: columns, required
 * cells and allowed values from the column specifications of the data
 * validator (src/datasets/), patterns from the validators' own regular
 * expressions, and the news fields from the constants of the news checks
 * (src/news/). Pure: unit codes (targets.csv) and the declared tags and
 * authors (blog/tags.yml, blog/authors.yml) are passed in.
 *
 * Patterns are RegExp objects, not strings: Decap accepts either
 * (configSchema.js: `instanceof: 'RegExp'`), tests a string with
 * `RegExp(pattern)` and so without flags, while DECISION_NUMBER needs its
 * `u` flag (\p{L}). The object is therefore meant for
 * `CMS.init({config})` (manual initialisation), not for a config.yml file.
 *
 * Decap can only check a field alone (required, pattern, select); rules
 * across fields or rows (image_alt when there is an image, ghi_chu when
 * trang_thai is nghi-van, sums of stars, duplicates, real calendar days,
 * known decision issuers…) are checked by the build, which stays the gate.
 */
import yaml from 'js-yaml';
import {CSV_EXTENSION, CSV_FORMAT, ROWS_FIELD, SOURCE_FIELD} from './csvFormat';
import {POST_EXTENSION, POST_FORMAT, SOURCE_FIELD as POST_SOURCE_FIELD} from './postFormat';
import {PLAN} from '../datasets/plan36';
import {REPORTED_COUNT, REPORTED_COUNT_FIX} from '../datasets/cells';
import {DOUBTED, DOUBTED_NOTE, OCOP_TOTALS_COLUMNS, OCOP_TOTALS_FILE, type OcopTotalsColumn} from '../datasets/ocopTotals';
import {PRODUCT_GROUP_CODES, PRODUCT_GROUP_LABELS} from '../datasets/productGroups';
import {
  DECISION_NUMBER,
  RECOGNITION_COLUMNS,
  RECOGNITION_DATE,
  RECOGNITION_KIND_LABELS,
  RECOGNITION_KINDS,
  RECOGNITIONS_FILE,
  STAR_VALUES,
  type RecognitionColumn,
} from '../datasets/recognitions';
import type {ColumnSpec} from '../datasets/table';
import type {TargetRow} from '../datasets/targets';
import {SOURCES_HEADING} from '../news/checkContent';
import {DESCRIPTION_MAX, MARKDOWN_LINE, PLACEHOLDER, TITLE_MAX} from '../news/checkFrontMatter';
import type {Vocabulary} from '../news/types';
import {ISO_DATE} from '../text/dates';

/** Folder of the data files, relative to the site. */
export const DATA_FOLDER = 'data';
/** Folder of the news posts. */
export const BLOG_FOLDER = 'blog';

export type DecapWidget = 'string' | 'text' | 'markdown' | 'select' | 'list' | 'hidden' | 'boolean' | 'image';

export interface DecapOption {
  label: string;
  value: string;
}

/** [regular expression, Vietnamese message shown when the value does not match]. */
export type DecapPattern = [RegExp, string];

/** One field of a Decap collection (the options this site uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: DecapWidget;
  required: boolean;
  hint?: string;
  pattern?: DecapPattern;
  /** select */
  options?: DecapOption[];
  multiple?: boolean;
  min?: number;
  default?: string | boolean | string[] | Record<string, string>;
  /** list */
  fields?: DecapField[];
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  /** markdown: editing modes, the first one shown. */
  modes?: ('raw' | 'rich_text')[];
}

export interface DecapFile {
  name: string;
  label: string;
  file: string;
  description?: string;
  fields: DecapField[];
}

export interface DecapFileCollection {
  name: string;
  label: string;
  description?: string;
  /** No preview pane: a table of rows has nothing to preview. */
  editor?: {preview: boolean};
  format: string;
  extension: string;
  files: DecapFile[];
}

export interface DecapFolderCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  create: boolean;
  slug: string;
  path: string;
  extension: string;
  format: string;
  media_folder: string;
  public_folder: string;
  summary: string;
  sortable_fields: string[];
  identifier_field: string;
  fields: DecapField[];
}

/** The backend block, chosen by whoever deploys (local, GitHub, GitLab, Gitea…). */
export interface DecapBackend {
  name: string;
  [option: string]: string | boolean | number | undefined;
}

export interface DecapConfig {
  backend: DecapBackend;
  locale: 'vi';
  /** No "check for preview" button: no deploy-preview service is configured. */
  show_preview_links: false;
  publish_mode?: 'simple' | 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  slug: {encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string};
  collections: (DecapFileCollection | DecapFolderCollection)[];
}

export interface CmsConfigInput {
  backend: DecapBackend;
  publishMode?: 'simple' | 'editorial_workflow';
  /** The rows of targets.csv (validated): the only unit codes recognitions.csv may use. */
  units: readonly Pick<TargetRow, 'ma_don_vi' | 'don_vi'>[];
  /** blog/tags.yml and blog/authors.yml (src/news/vocabulary.ts). */
  vocabulary: Vocabulary;
}

/** How the editor shows one column: its label, and a list of values or a pattern when the validator has one. */
interface ColumnEditor {
  label: string;
  options?: DecapOption[];
  pattern?: DecapPattern;
}

const option = (value: string, label: string): DecapOption => ({label: `${label} (${value})`, value});

/** The field of one column: required as the specification says, a select or a string with its pattern. */
function columnField<Name extends string>(spec: ColumnSpec<Name>, editor: ColumnEditor): DecapField {
  const hint =
    editor.options !== undefined
      ? spec.description
      : `${spec.description}${spec.allowed !== undefined ? ` Cách ghi: ${spec.allowed}.` : ''} Ví dụ: ${spec.example}`;
  return {
    name: spec.name,
    label: editor.label,
    widget: editor.options !== undefined ? 'select' : 'string',
    required: spec.required,
    hint,
    ...(editor.options !== undefined ? {options: editor.options} : {}),
    ...(editor.pattern !== undefined ? {pattern: editor.pattern} : {}),
  };
}

/** The fields of a CSV file: its rows as a list, and the file as read (for csvFormat's toFile). */
function tableFields<Name extends string>(
  columns: readonly ColumnSpec<Name>[],
  editors: Readonly<Record<Name, ColumnEditor>>,
  summary: string,
): DecapField[] {
  return [
    {
      name: ROWS_FIELD,
      // Decap shows "<count> <label>": "0 dòng dữ liệu", "1 dòng".
      label: 'Dòng dữ liệu',
      label_singular: 'dòng',
      widget: 'list',
      required: false,
      collapsed: true,
      summary,
      fields: columns.map((spec) => columnField(spec, editors[spec.name])),
    },
    {name: SOURCE_FIELD, label: 'Nội dung tệp khi mở', widget: 'hidden', required: false},
  ];
}

const dateMessage = (example: string, year?: number): string =>
  `Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD)${year !== undefined ? `, trong năm ${year}` : ''}, ví dụ ${example}.`;

const spec = <Name extends string>(columns: readonly ColumnSpec<Name>[], name: Name): ColumnSpec<Name> => {
  const found = columns.find((c) => c.name === name);
  if (found === undefined) throw new Error(`cmsConfig: no column ${name}`);
  return found;
};

function recognitionEditors(units: CmsConfigInput['units']): Record<RecognitionColumn, ColumnEditor> {
  return {
    ngay: {label: 'Ngày ký quyết định', pattern: [RECOGNITION_DATE, dateMessage(spec(RECOGNITION_COLUMNS, 'ngay').example, PLAN.year)]},
    so_quyet_dinh: {
      label: 'Số quyết định',
      pattern: [DECISION_NUMBER, `Ghi số quyết định dạng số/QĐ-cơ quan, ví dụ ${spec(RECOGNITION_COLUMNS, 'so_quyet_dinh').example}.`],
    },
    ma_don_vi: {label: 'Đơn vị cấp huyện (theo Kế hoạch)', options: units.map((u) => option(u.ma_don_vi, u.don_vi))},
    san_pham: {label: 'Tên sản phẩm'},
    chu_the: {label: 'Chủ thể OCOP'},
    nhom: {label: 'Nhóm sản phẩm', options: PRODUCT_GROUP_CODES.map((c) => option(c, PRODUCT_GROUP_LABELS[c]))},
    sao: {label: 'Hạng sao', options: STAR_VALUES.map((n) => option(String(n), `${n} sao`))},
    loai: {label: 'Loại công nhận', options: RECOGNITION_KINDS.map((k) => option(k, RECOGNITION_KIND_LABELS[k]))},
    nguon: {label: 'Nguồn'},
    dia_ban: {label: 'Xã, phường của chủ thể'},
  };
}

const countPattern: DecapPattern = [REPORTED_COUNT, REPORTED_COUNT_FIX];

const OCOP_TOTALS_EDITORS: Readonly<Record<OcopTotalsColumn, ColumnEditor>> = {
  ngay: {label: 'Ngày của số liệu', pattern: [ISO_DATE, dateMessage(spec(OCOP_TOTALS_COLUMNS, 'ngay').example)]},
  tong: {label: 'Tổng số sản phẩm OCOP', pattern: countPattern},
  sao_5: {label: 'Số sản phẩm 5 sao', pattern: countPattern},
  sao_4: {label: 'Số sản phẩm 4 sao', pattern: countPattern},
  sao_3: {label: 'Số sản phẩm 3 sao', pattern: countPattern},
  nguon: {label: 'Nguồn'},
  ghi_chu: {label: 'Ghi chú'},
  trang_thai: {label: 'Trạng thái', options: [option(DOUBTED, DOUBTED_NOTE)]},
};

/** A pattern that refuses [[ ]] template text and, when given, more than `max` characters (code points). */
function textPattern(max: number): RegExp {
  return new RegExp(`^(?![\\s\\S]*${PLACEHOLDER.source})[\\s\\S]{0,${max}}$`, 'u');
}

/** `mdx: {format: md}` as the value Decap writes back. */
function markdownSwitch(): Record<string, string> {
  const parsed = yaml.load(MARKDOWN_LINE) as {mdx: Record<string, string>};
  return parsed.mdx;
}

function newsCollection(vocabulary: Vocabulary): DecapFolderCollection {
  return {
    name: 'tin-tuc',
    label: 'Tin tức',
    label_singular: 'bài tin',
    description: 'Mỗi bài là một thư mục blog/năm-tháng-ngày-tieu-de/ chứa tệp index.md và ảnh của bài.',
    folder: BLOG_FOLDER,
    create: true,
    // Folder "YYYY-MM-DD-<slug>" from the post's own date (a string, not parsed), file index.md.
    slug: '{{fields.date}}-{{slug}}',
    path: '{{slug}}/index',
    // src/editor/postFormat.ts: unchanged fields keep their lines, an unchanged post its bytes.
    extension: POST_EXTENSION,
    format: POST_FORMAT,
    // Images next to index.md, referred to by file name.
    media_folder: '',
    public_folder: '',
    summary: '{{fields.date}} – {{title}}',
    sortable_fields: ['date', 'title'],
    identifier_field: 'title',
    fields: [
      {
        name: 'title',
        label: 'Tiêu đề',
        widget: 'string',
        required: true,
        hint: `Tối đa ${TITLE_MAX} ký tự; đặt những chữ nói rõ nhất nội dung tin lên đầu.`,
        pattern: [textPattern(TITLE_MAX), `Tiêu đề tối đa ${TITLE_MAX} ký tự và không còn chữ mẫu trong [[ ]].`],
      },
      {
        name: 'description',
        label: 'Mô tả',
        widget: 'string',
        required: true,
        hint: `1–2 câu tóm tắt bài (việc gì, ở đâu, khi nào), tối đa ${DESCRIPTION_MAX} ký tự; hiện trên kết quả tìm kiếm và khi chia sẻ.`,
        pattern: [textPattern(DESCRIPTION_MAX), `Mô tả tối đa ${DESCRIPTION_MAX} ký tự và không còn chữ mẫu trong [[ ]].`],
      },
      {
        name: 'date',
        label: 'Ngày đăng',
        widget: 'string',
        required: true,
        hint: 'Năm-tháng-ngày, ví dụ 2025-07-06 cho ngày 06/07/2025. Ngày này đứng đầu tên thư mục của bài; không ghi ngày sau hôm nay.',
        pattern: [ISO_DATE, dateMessage('2025-07-06')],
      },
      {name: 'mdx', label: 'Định dạng bài', widget: 'hidden', required: false, default: markdownSwitch()},
      {
        name: 'authors',
        label: 'Tác giả',
        widget: 'select',
        required: true,
        multiple: true,
        min: 1,
        options: vocabulary.authors.map((a) => ({label: a.name, value: a.key})),
        ...(vocabulary.authors[0] !== undefined ? {default: [vocabulary.authors[0].key]} : {}),
      },
      {
        name: 'tags',
        label: 'Thẻ',
        widget: 'select',
        required: true,
        multiple: true,
        min: 1,
        hint: 'Chọn 1 đến 3 thẻ (chủ đề). Cần thẻ mới thì đề nghị Ban biên tập thêm vào danh sách thẻ.',
        options: vocabulary.tags.map((t) => ({label: t.label, value: t.key})),
      },
      {
        name: 'draft',
        label: 'Bản nháp (chưa đăng lên trang)',
        widget: 'boolean',
        required: false,
        default: true,
        hint: 'Bỏ chọn khi bài đã sẵn sàng để đăng.',
      },
      {name: 'image', label: 'Ảnh đại diện', widget: 'image', required: false},
      {
        name: 'image_alt',
        label: 'Mô tả ảnh đại diện',
        widget: 'string',
        required: false,
        hint: 'Bắt buộc khi có ảnh đại diện: mô tả ngắn điều ảnh cho thấy, cho người khiếm thị và khi ảnh không tải được.',
      },
      {
        name: 'body',
        label: 'Nội dung',
        widget: 'markdown',
        required: true,
        hint: 'Đoạn mở đầu, dấu ngắt tóm tắt, nội dung chính, và mục "## Nguồn" ở cuối bài liệt kê văn bản, bài báo đã dùng.',
        pattern: [SOURCES_HEADING, 'Bài cần mục "## Nguồn" ở cuối, liệt kê văn bản hoặc bài báo đã dùng.'],
        // Markdown as written: the rich-text mode rewrites Markdown it did not touch ({#nguon}, <!-- truncate -->).
        modes: ['raw'],
      },
      {name: POST_SOURCE_FIELD, label: 'Nội dung tệp khi mở', widget: 'hidden', required: false},
    ],
  };
}

/** The whole Decap configuration, for CMS.init({config}). */
export function buildCmsConfig({backend, publishMode, units, vocabulary}: CmsConfigInput): DecapConfig {
  const data: DecapFileCollection = {
    name: 'so-lieu',
    label: 'Số liệu',
    description: 'Các tệp CSV trong thư mục data/. Sửa một dòng chỉ đổi đúng dòng đó trong tệp; bản dựng kiểm tra lại mọi dòng.',
    editor: {preview: false},
    format: CSV_FORMAT,
    extension: CSV_EXTENSION,
    files: [
      {
        name: 'cong-nhan',
        label: 'Sản phẩm được công nhận',
        file: `${DATA_FOLDER}/${RECOGNITIONS_FILE}`,
        description: `Mỗi dòng là một sản phẩm OCOP được công nhận trong năm ${PLAN.year}, theo một quyết định.`,
        fields: tableFields(RECOGNITION_COLUMNS, recognitionEditors(units), '{{fields.ngay}} – {{fields.san_pham}} ({{fields.sao}} sao)'),
      },
      {
        name: 'tong-so',
        label: 'Tổng số sản phẩm OCOP của tỉnh',
        file: `${DATA_FOLDER}/${OCOP_TOTALS_FILE}`,
        description: 'Mỗi dòng là tổng số sản phẩm OCOP của tỉnh tại một ngày, theo một nguồn.',
        fields: tableFields(OCOP_TOTALS_COLUMNS, OCOP_TOTALS_EDITORS, '{{fields.ngay}} – {{fields.tong}}'),
      },
    ],
  };
  return {
    backend,
    locale: 'vi',
    show_preview_links: false,
    ...(publishMode !== undefined ? {publish_mode: publishMode} : {}),
    // Site-wide uploads (none of the collections above uses them: post images live with the post).
    media_folder: 'static/img',
    public_folder: '/img',
    slug: {encoding: 'ascii', clean_accents: true, sanitize_replacement: '-'},
    collections: [newsCollection(vocabulary), data],
  };
}
