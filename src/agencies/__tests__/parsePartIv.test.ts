import {parsePartIv, PartIvFormatError} from '../parsePartIv';
import {realItems} from './helpers';

const FIXTURE = `## IV. TỔ CHỨC THỰC HIỆN {/* #iv */}

### 1. Văn phòng A {/* #iv-1 */}

- Chủ trì, phối hợp   với các đơn vị.
- Xây dựng dự toán.

### 2. Sở B: {/* #iv-2 */}

Trên cơ sở nguồn vốn, chủ trì tham mưu.

### 3. Đề nghị Ủy ban C và các tổ chức: {/* #iv-3 */}

Tăng cường tuyên truyền.
`;

describe('parsePartIv on a fixture', () => {
  it('reads items, bullets and run-in paragraphs with exact values', () => {
    expect(parsePartIv(FIXTURE)).toEqual([
      {
        number: 1,
        anchor: 'iv-1',
        heading: 'Văn phòng A',
        name: 'Văn phòng A',
        requested: false,
        runIn: false,
        duties: [
          {id: 'iv-1-1', index: 1, text: 'Chủ trì, phối hợp với các đơn vị.'},
          {id: 'iv-1-2', index: 2, text: 'Xây dựng dự toán.'},
        ],
      },
      {
        number: 2,
        anchor: 'iv-2',
        heading: 'Sở B',
        name: 'Sở B',
        requested: false,
        runIn: true,
        duties: [{id: 'iv-2-1', index: 1, text: 'Trên cơ sở nguồn vốn, chủ trì tham mưu.'}],
      },
      {
        number: 3,
        anchor: 'iv-3',
        heading: 'Đề nghị Ủy ban C và các tổ chức',
        name: 'Ủy ban C và các tổ chức',
        requested: true,
        runIn: true,
        duties: [{id: 'iv-3-1', index: 1, text: 'Tăng cường tuyên truyền.'}],
      },
    ]);
  });

  it('stops on an anchor that does not match the number', () => {
    expect(() => parsePartIv('### 1. Sở A {/* #iv-2 */}\n\n- Việc.\n')).toThrow(PartIvFormatError);
    expect(() => parsePartIv('### 1. Sở A {/* #iv-2 */}\n\n- Việc.\n')).toThrow('mục 1 có neo #iv-2, phải là #iv-1.');
  });

  it('stops on items out of order, empty items, mixed bullets and paragraphs, and Markdown inside a duty', () => {
    expect(() => parsePartIv('### 2. Sở A {/* #iv-2 */}\n\n- Việc.\n')).toThrow('mục 2 đứng sau mục 0.');
    expect(() => parsePartIv('### 1. Sở A {/* #iv-1 */}\n\n### 2. Sở B {/* #iv-2 */}\n\n- Việc.\n')).toThrow('mục 1 không có nhiệm vụ nào.');
    expect(() => parsePartIv('### 1. Sở A {/* #iv-1 */}\n\n- Việc.\nTiếp theo.\n')).toThrow('mục 1 có cả gạch đầu dòng và đoạn văn liền.');
    expect(() => parsePartIv('### 1. Sở A {/* #iv-1 */}\n\n- Việc **đậm**.\n')).toThrow('ký tự định dạng Markdown');
  });
});

describe('parsePartIv on the plan (docs/ke-hoach/_van-ban/_phan-iv.md)', () => {
  const items = realItems();

  it('finds the 16 bodies in order, with the number of duties of each', () => {
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(items.map((i) => i.duties.length)).toEqual([5, 1, 4, 5, 5, 4, 4, 2, 2, 2, 1, 1, 1, 8, 1, 5]);
    expect(items.filter((i) => i.runIn).map((i) => i.number)).toEqual([2, 11, 12, 13, 15]);
    expect(items.filter((i) => i.requested).map((i) => i.number)).toEqual([11]);
  });

  it('keeps the names as the plan writes them', () => {
    expect(items.map((i) => i.name)).toEqual([
      'Văn phòng Điều phối xây dựng NTM tỉnh',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và PTNT',
      'Sở Khoa học và Công nghệ',
      'Sở Y tế',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Lao động, Thương binh và Xã hội',
      'Sở Tài nguyên và Môi trường',
      'Sở Thông tin và Truyền thông',
      'Ủy ban MTTQ tỉnh và các tổ chức đoàn thể chính trị - xã hội; Liên đoàn Thương mại và Công nghiệp Việt Nam Chi nhánh Thanh Hóa – Ninh Bình, Hiệp hội Doanh nghiệp tỉnh',
      'Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa',
      'Các sở, ban, ngành, đơn vị liên quan',
      'UBND các huyện, thị xã, thành phố',
      'Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Hóa',
      'Các tổ chức kinh tế (Hợp tác xã, Tổ hợp tác, Doanh nghiệp nhỏ và vừa, hộ kinh doanh)',
    ]);
    expect(items[10]!.heading.startsWith('Đề nghị Ủy ban MTTQ tỉnh')).toBe(true);
  });

  it('reads duties word for word', () => {
    const byId = new Map(items.flatMap((i) => i.duties.map((d) => [d.id, d.text])));
    expect(byId.get('iv-3-4')).toBe('Lồng ghép hoạt động của ngành với việc thực hiện Chương trình OCOP.');
    expect(byId.get('iv-6-2')).toBe('Thực hiện quản lý các sản phẩm thuộc lĩnh vực đơn vị quản lý theo quy định.');
    expect(byId.get('iv-13-1')).toBe('Trên cơ sở chức năng, nhiệm vụ của ngành, đơn vị thực hiện lồng ghép các hoạt động để tổ chức thực hiện Chương trình.');
    expect(byId.get('iv-16-5')).toBe('Tiếp tục chủ động nghiên cứu, đề xuất các ý tưởng sản phẩm mới để tham gia Chương trình.');
    expect(byId.size).toBe(51);
  });
});
