/**
 * The Decap configuration is generated from the validators' own rules:
 * exact values on small fixtures, and the patterns accept and refuse what
 * the validators accept and refuse.
 */
import {buildCmsConfig, type DecapField, type DecapFileCollection, type DecapFolderCollection} from '../cmsConfig';
import {DECISION_NUMBER, RECOGNITION_DATE, validateRecognitions} from '../../datasets/recognitions';
import {REPORTED_COUNT, REPORTED_COUNT_FIX} from '../../datasets/cells';
import {validateOcopTotals} from '../../datasets/ocopTotals';
import {SOURCES_HEADING} from '../../news/checkContent';
import {ALLOWED_FIELDS} from '../../news/checkFrontMatter';
import {ISO_DATE} from '../../text/dates';

const UNITS = [
  {ma_don_vi: 'nga-son', don_vi: 'Huyện Nga Sơn'},
  {ma_don_vi: 'thanh-hoa', don_vi: 'TP Thanh Hóa'},
];
const VOCABULARY = {
  tags: [
    {key: 'tag-thu-1', label: 'Thẻ thử 1'},
    {key: 'tag-thu-2', label: 'Thẻ thử 2'},
  ],
  authors: [
    {key: 'tac-gia-thu', name: 'Tác giả thử'},
    {key: 'ban-bien-tap', name: 'Ban biên tập'},
  ],
};

const config = buildCmsConfig({backend: {name: 'test-repo'}, units: UNITS, vocabulary: VOCABULARY});
const news = config.collections[0] as DecapFolderCollection;
const data = config.collections[1] as DecapFileCollection;
const rowsOf = (file: string): DecapField[] => data.files.find((f) => f.name === file)!.fields[0]!.fields!;
const field = (fields: readonly DecapField[], name: string): DecapField => fields.find((f) => f.name === name)!;
/** What Decap does with a pattern: RegExp(pattern[0]).test(value). */
const decapAccepts = (f: DecapField, value: string): boolean => RegExp(f.pattern![0]).test(value);

describe('top level', () => {
  test('backend as given, Vietnamese, ASCII slugs without accents, two collections', () => {
    expect({...config, collections: config.collections.map((c) => c.name)}).toEqual({
      backend: {name: 'test-repo'},
      locale: 'vi',
      show_preview_links: false,
      media_folder: 'static/img',
      public_folder: '/img',
      slug: {encoding: 'ascii', clean_accents: true, sanitize_replacement: '-'},
      collections: ['tin-tuc', 'so-lieu'],
    });
    expect(buildCmsConfig({backend: {name: 'github', repo: 'x/y'}, publishMode: 'editorial_workflow', units: UNITS, vocabulary: VOCABULARY}).publish_mode).toBe(
      'editorial_workflow',
    );
  });
});

describe('Số liệu: recognitions.csv', () => {
  test('the collection: CSV format, one entry per file, rows as a list and the file as read', () => {
    expect({...data, files: data.files.map((f) => ({...f, fields: f.fields.map((x) => ({...x, fields: x.fields?.map((y) => y.name)}))}))}).toEqual({
      name: 'so-lieu',
      label: 'Số liệu',
      description: 'Các tệp CSV trong thư mục data/. Sửa một dòng chỉ đổi đúng dòng đó trong tệp; bản dựng kiểm tra lại mọi dòng.',
      editor: {preview: false},
      format: 'csv-rows',
      extension: 'csv',
      files: [
        {
          name: 'cong-nhan',
          label: 'Sản phẩm được công nhận',
          file: 'data/recognitions.csv',
          description: 'Mỗi dòng là một sản phẩm OCOP được công nhận trong năm 2025, theo một quyết định.',
          fields: [
            {
              name: 'rows',
              label: 'Dòng dữ liệu',
              label_singular: 'dòng',
              widget: 'list',
              required: false,
              collapsed: true,
              summary: '{{fields.ngay}} – {{fields.san_pham}} ({{fields.sao}} sao)',
              fields: ['ngay', 'so_quyet_dinh', 'ma_don_vi', 'san_pham', 'chu_the', 'nhom', 'sao', 'loai', 'nguon', 'dia_ban'],
            },
            {name: '_source', label: 'Nội dung tệp khi mở', widget: 'hidden', required: false},
          ],
        },
        {
          name: 'tong-so',
          label: 'Tổng số sản phẩm OCOP của tỉnh',
          file: 'data/ocop-totals.csv',
          description: 'Mỗi dòng là tổng số sản phẩm OCOP của tỉnh tại một ngày, theo một nguồn.',
          fields: [
            {
              name: 'rows',
              label: 'Dòng dữ liệu',
              label_singular: 'dòng',
              widget: 'list',
              required: false,
              collapsed: true,
              summary: '{{fields.ngay}} – {{fields.tong}}',
              fields: ['ngay', 'tong', 'sao_5', 'sao_4', 'sao_3', 'nguon', 'ghi_chu', 'trang_thai'],
            },
            {name: '_source', label: 'Nội dung tệp khi mở', widget: 'hidden', required: false},
          ],
        },
      ],
    });
  });

  test('each column: label, required, hint from the specification, select or pattern', () => {
    expect(rowsOf('cong-nhan')).toEqual([
      {
        name: 'ngay',
        label: 'Ngày ký quyết định',
        widget: 'string',
        required: true,
        hint: 'Ngày ký quyết định công nhận. Cách ghi: ngày có thật trong năm 2025. Ví dụ: 2025-06-30',
        pattern: [RECOGNITION_DATE, 'Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), trong năm 2025, ví dụ 2025-06-30.'],
      },
      {
        name: 'so_quyet_dinh',
        label: 'Số quyết định',
        widget: 'string',
        required: true,
        hint: 'Số và ký hiệu của quyết định công nhận. Cách ghi: dạng số/QĐ-cơ quan. Ví dụ: 1234/QĐ-UBND',
        pattern: [DECISION_NUMBER, 'Ghi số quyết định dạng số/QĐ-cơ quan, ví dụ 1234/QĐ-UBND.'],
      },
      {
        name: 'ma_don_vi',
        label: 'Đơn vị cấp huyện (theo Kế hoạch)',
        widget: 'select',
        required: true,
        hint: 'Đơn vị cấp huyện của Kế hoạch mà sản phẩm được tính vào. Với quyết định sau 01/07/2025: đơn vị cấp huyện cũ có địa bàn chứa xã, phường của chủ thể (xã, phường mới lập từ xã của hai huyện cũ: huyện cũ của địa chỉ chủ thể ghi trong quyết định hoặc hồ sơ).',
        options: [
          {label: 'Huyện Nga Sơn (nga-son)', value: 'nga-son'},
          {label: 'TP Thanh Hóa (thanh-hoa)', value: 'thanh-hoa'},
        ],
      },
      {name: 'san_pham', label: 'Tên sản phẩm', widget: 'string', required: true, hint: 'Tên sản phẩm như trong quyết định. Ví dụ: Chiếu cói'},
      {
        name: 'chu_the',
        label: 'Chủ thể OCOP',
        widget: 'string',
        required: true,
        hint: 'Tên chủ thể OCOP (doanh nghiệp, hợp tác xã, tổ hợp tác, hộ sản xuất). Ví dụ: Hợp tác xã …',
      },
      {
        name: 'nhom',
        label: 'Nhóm sản phẩm',
        widget: 'select',
        required: true,
        hint: 'Nhóm sản phẩm theo Quyết định 148/QĐ-TTg.',
        options: [
          {label: 'Thực phẩm (thuc-pham)', value: 'thuc-pham'},
          {label: 'Đồ uống (do-uong)', value: 'do-uong'},
          {label: 'Dược liệu và sản phẩm từ dược liệu (duoc-lieu)', value: 'duoc-lieu'},
          {label: 'Thủ công mỹ nghệ (thu-cong-my-nghe)', value: 'thu-cong-my-nghe'},
          {label: 'Sinh vật cảnh (sinh-vat-canh)', value: 'sinh-vat-canh'},
          {label: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch (du-lich)', value: 'du-lich'},
        ],
      },
      {
        name: 'sao',
        label: 'Hạng sao',
        widget: 'select',
        required: true,
        hint: 'Hạng sao được công nhận.',
        options: [
          {label: '3 sao (3)', value: '3'},
          {label: '4 sao (4)', value: '4'},
          {label: '5 sao (5)', value: '5'},
        ],
      },
      {
        name: 'loai',
        label: 'Loại công nhận',
        widget: 'select',
        required: true,
        hint: 'moi: sản phẩm mới, được tính vào mục tiêu "thêm 160 sản phẩm"; cong-nhan-lai: sản phẩm được công nhận lại khi hết hạn 36 tháng, không được tính.',
        options: [
          {label: 'Sản phẩm mới (moi)', value: 'moi'},
          {label: 'Công nhận lại (cong-nhan-lai)', value: 'cong-nhan-lai'},
        ],
      },
      {
        name: 'nguon',
        label: 'Nguồn',
        widget: 'string',
        required: true,
        hint: 'Nơi kiểm chứng: đường dẫn tới quyết định hoặc bài báo, hoặc tên văn bản. Ví dụ: https://…',
      },
      {
        name: 'dia_ban',
        label: 'Xã, phường của chủ thể',
        widget: 'string',
        required: false,
        hint: 'Xã, phường của chủ thể, viết đúng như quyết định ghi (quyết định sau 01/07/2025 ghi xã, phường mới, không ghi huyện). Cột có thể không có trong tệp; ô có thể để trống. Ví dụ: phường Hải Lĩnh',
      },
    ]);
  });

  test('patterns are the validator\'s own regular expressions, not copies', () => {
    expect(field(rowsOf('cong-nhan'), 'ngay').pattern![0]).toBe(RECOGNITION_DATE);
    expect(field(rowsOf('cong-nhan'), 'so_quyet_dinh').pattern![0]).toBe(DECISION_NUMBER);
    // As a string (config.yml) the pattern would lose its u flag and refuse every valid number.
    expect(new RegExp(DECISION_NUMBER.source).test('1234/QĐ-UBND')).toBe(false);
    expect(decapAccepts(field(rowsOf('cong-nhan'), 'so_quyet_dinh'), '1234/QĐ-UBND')).toBe(true);
  });

  test.each([
    ['ngay', '2025-06-30', true],
    ['ngay', '15/06/2025', false],
    ['ngay', '2024-06-30', false],
    ['ngay', '2025-6-30', false],
    ['so_quyet_dinh', '1234/QĐ-UBND', true],
    ['so_quyet_dinh', '1234/QĐ-BNN&PTNT', false],
    ['so_quyet_dinh', '1234/QD-UBND', false],
    ['so_quyet_dinh', '1234 /QĐ-UBND', false],
  ])('recognitions %s "%s": editor accepts = %s, as the validator', (column, value, ok) => {
    expect(decapAccepts(field(rowsOf('cong-nhan'), column), value)).toBe(ok);
    const row: Record<string, string> = {
      ngay: '2025-06-30', so_quyet_dinh: '1234/QĐ-KIEMTHU', ma_don_vi: 'nga-son', san_pham: 'Sản phẩm thử', chu_the: 'Chủ thể thử',
      nhom: 'thuc-pham', sao: '3', loai: 'moi', nguon: 'Dữ liệu giả', [column]: value,
    };
    const csv = `${Object.keys(row).join(',')}\n${Object.values(row).join(',')}\n`;
    expect(validateRecognitions(csv, ['nga-son']).problems.filter((p) => p.column === column)).toHaveLength(ok ? 0 : 1);
  });
});

describe('Số liệu: ocop-totals.csv', () => {
  test('each column', () => {
    const count = (name: string, label: string, required: boolean, description: string, allowed: string, example: string): DecapField => ({
      name,
      label,
      widget: 'string',
      required,
      hint: `${description} Cách ghi: ${allowed}. Ví dụ: ${example}`,
      pattern: [REPORTED_COUNT, REPORTED_COUNT_FIX],
    });
    const starsAllowed = 'để trống nếu nguồn không chia theo hạng sao; >N khi nguồn chỉ ghi "hơn N"';
    expect(rowsOf('tong-so')).toEqual([
      {
        name: 'ngay',
        label: 'Ngày của số liệu',
        widget: 'string',
        required: true,
        hint: 'Thời điểm của số liệu. Nếu nguồn chỉ cho biết tháng hoặc mùa, ghi ngày ước tính và giải thích ở cột ghi_chu. Ví dụ: 2025-02-06',
        pattern: [ISO_DATE, 'Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-02-06.'],
      },
      count('tong', 'Tổng số sản phẩm OCOP', true, 'Tổng số sản phẩm OCOP (3 sao trở lên) của tỉnh tính đến ngày đó.', 'số nguyên; >N khi nguồn chỉ ghi "hơn N"', '573'),
      count('sao_5', 'Số sản phẩm 5 sao', false, 'Trong đó: số sản phẩm 5 sao.', starsAllowed, '2'),
      count('sao_4', 'Số sản phẩm 4 sao', false, 'Trong đó: số sản phẩm 4 sao.', starsAllowed, '57'),
      count('sao_3', 'Số sản phẩm 3 sao', false, 'Trong đó: số sản phẩm 3 sao.', starsAllowed, '514'),
      {name: 'nguon', label: 'Nguồn', widget: 'string', required: true, hint: 'Bài viết hoặc văn bản nêu số liệu. Ví dụ: https://…'},
      {
        name: 'ghi_chu',
        label: 'Ghi chú',
        widget: 'string',
        required: false,
        hint: 'Ghi chú: ngày ước tính, số liệu mâu thuẫn giữa các nguồn, cách hiểu số liệu. Ví dụ: Ngày ước tính theo…',
      },
      {
        name: 'trang_thai',
        label: 'Trạng thái',
        widget: 'select',
        required: false,
        hint: 'Để trống với số liệu bình thường. Ghi nghi-van khi số liệu mâu thuẫn với các nguồn khác và có lý do để nghi ngờ (giải thích ở cột ghi_chu): số đó vẫn được vẽ và liệt kê kèm ghi chú, nhưng không bao giờ được dùng làm "số mới nhất", số nêu ở đầu trang hay ngày "số liệu tính đến". Cột có thể không có trong tệp.',
        options: [{label: 'Số liệu bị nghi vấn, không dùng làm số mới nhất. (nghi-van)', value: 'nghi-van'}],
      },
    ]);
  });

  test.each([
    ['573', true],
    ['>600', true],
    ['> 600', true],
    ['1.000', false],
    ['-3', false],
    ['hơn 600', false],
  ])('tong "%s": editor accepts = %s, as the validator', (value, ok) => {
    expect(decapAccepts(field(rowsOf('tong-so'), 'tong'), value)).toBe(ok);
    const csv = `ngay,tong,sao_5,sao_4,sao_3,nguon,ghi_chu\n2025-02-06,${value},,,,https://example.org/thu,Dữ liệu giả\n`;
    expect(validateOcopTotals(csv).problems.filter((p) => p.column === 'tong')).toHaveLength(ok ? 0 : 1);
  });
});

describe('Tin tức', () => {
  test('the collection: one folder per post named date-slug, index.md, images beside it', () => {
    expect({...news, fields: news.fields.map((f) => f.name)}).toEqual({
      name: 'tin-tuc',
      label: 'Tin tức',
      label_singular: 'bài tin',
      description: 'Mỗi bài là một thư mục blog/năm-tháng-ngày-tieu-de/ chứa tệp index.md và ảnh của bài.',
      folder: 'blog',
      create: true,
      slug: '{{fields.date}}-{{slug}}',
      path: '{{slug}}/index',
      extension: 'md',
      format: 'post-md',
      media_folder: '',
      public_folder: '',
      summary: '{{fields.date}} – {{title}}',
      sortable_fields: ['date', 'title'],
      identifier_field: 'title',
      fields: ['title', 'description', 'date', 'mdx', 'authors', 'tags', 'draft', 'image', 'image_alt', 'body', '_source'],
    });
  });

  test('every front-matter field is one the news checks allow', () => {
    // body is the text; _source (the file as read) is never written (src/editor/postFormat.ts).
    const frontMatter = news.fields.map((f) => f.name).filter((n) => n !== 'body' && n !== '_source');
    expect(frontMatter.filter((n) => !(ALLOWED_FIELDS as readonly string[]).includes(n))).toEqual([]);
  });

  test('authors and tags from the vocabulary, mdx: {format: md}, draft by default', () => {
    expect(news.fields.slice(3, 9).map(({pattern: _p, ...f}) => f)).toEqual([
      {name: 'mdx', label: 'Định dạng bài', widget: 'hidden', required: false, default: {format: 'md'}},
      {
        name: 'authors',
        label: 'Tác giả',
        widget: 'select',
        required: true,
        multiple: true,
        min: 1,
        options: [
          {label: 'Tác giả thử', value: 'tac-gia-thu'},
          {label: 'Ban biên tập', value: 'ban-bien-tap'},
        ],
        default: ['tac-gia-thu'],
      },
      {
        name: 'tags',
        label: 'Thẻ',
        widget: 'select',
        required: true,
        multiple: true,
        min: 1,
        hint: 'Chọn 1 đến 3 thẻ (chủ đề). Cần thẻ mới thì đề nghị Ban biên tập thêm vào danh sách thẻ.',
        options: [
          {label: 'Thẻ thử 1', value: 'tag-thu-1'},
          {label: 'Thẻ thử 2', value: 'tag-thu-2'},
        ],
      },
      {name: 'draft', label: 'Bản nháp (chưa đăng lên trang)', widget: 'boolean', required: false, default: true, hint: 'Bỏ chọn khi bài đã sẵn sàng để đăng.'},
      {name: 'image', label: 'Ảnh đại diện', widget: 'image', required: false},
      {
        name: 'image_alt',
        label: 'Mô tả ảnh đại diện',
        widget: 'string',
        required: false,
        hint: 'Bắt buộc khi có ảnh đại diện: mô tả ngắn điều ảnh cho thấy, cho người khiếm thị và khi ảnh không tải được.',
      },
    ]);
  });

  test('title and description: length limits of the news checks, no [[ ]] template text', () => {
    const title = field(news.fields, 'title');
    const description = field(news.fields, 'description');
    expect([title.required, title.pattern![1], description.required, description.pattern![1]]).toEqual([
      true,
      'Tiêu đề tối đa 70 ký tự và không còn chữ mẫu trong [[ ]].',
      true,
      'Mô tả tối đa 160 ký tự và không còn chữ mẫu trong [[ ]].',
    ]);
    const vietnamese70 = `Tiêu đề thử có dấu (dữ liệu giả): ${'Đường ờ '.repeat(4)}${'ệ'.repeat(4)}`;
    expect([...vietnamese70].length).toBe(70);
    expect(decapAccepts(title, vietnamese70)).toBe(true);
    expect(decapAccepts(title, `${vietnamese70}.`)).toBe(false);
    expect(decapAccepts(title, 'Tin [[tiêu đề]]')).toBe(false);
    expect(decapAccepts(description, 'ờ'.repeat(160))).toBe(true);
    expect(decapAccepts(description, 'ờ'.repeat(161))).toBe(false);
    expect(decapAccepts(description, '[[Tóm tắt bài trong 1–2 câu]]')).toBe(false);
  });

  test('date YYYY-MM-DD and the "## Nguồn" section, with the checks\' own regular expressions', () => {
    const date = field(news.fields, 'date');
    const body = field(news.fields, 'body');
    expect(date.pattern).toEqual([ISO_DATE, 'Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-07-06.']);
    expect(date.pattern![0]).toBe(ISO_DATE);
    expect(body.pattern![0]).toBe(SOURCES_HEADING);
    expect([decapAccepts(date, '2025-07-06'), decapAccepts(date, '06/07/2025')]).toEqual([true, false]);
    expect(decapAccepts(body, 'Mở đầu.\n\n<!-- truncate -->\n\n## Nguồn {#nguon}\n\n- [Văn bản](https://example.org)\n')).toBe(true);
    expect(decapAccepts(body, 'Mở đầu.\n\n<!-- truncate -->\n\nKhông có nguồn.\n')).toBe(false);
  });
});
