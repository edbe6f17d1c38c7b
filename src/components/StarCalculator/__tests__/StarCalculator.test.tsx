import {renderToStaticMarkup} from 'react-dom/server';
import StarCalculator, {CalculatorForm, RatingResult} from '..';
import StarBandTable from '../../StarBandTable';
import Checklist from '../../PrintableChecklist';
import {rateOcop, type Rating, type ScoreError} from '@site/src/rating/rateOcop';

const noop = () => {};

function rating(A: string, B: string, C: string): Rating {
  const outcome = rateOcop({A, B, C});
  if (!outcome.ok) throw new Error('invalid test input');
  return outcome.rating;
}

/** Text content without tags, with whitespace collapsed. */
function text(html: string): string {
  return html
    .replace(/<\/?(span|strong|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('StarCalculator server render', () => {
  const html = renderToStaticMarkup(<StarCalculator />);
  it('for readers without JavaScript: a note that points to the band table', () => {
    expect(html).toMatch(/<noscript><p[^>]*>Công cụ tính điểm cần JavaScript/);
    expect(text(html)).toContain('đối chiếu tổng điểm với bảng hạng sao');
  });
  it('the form is already there, hidden without JavaScript and disabled until hydrated (nothing moves when it comes alive)', () => {
    expect(html).toMatch(/<div class="js-only"><form /);
    expect(html.match(/<input /g)).toHaveLength(3);
    expect(html.match(/<(input|button) [^>]*disabled=""/g)).toHaveLength(5);
    // An empty status for "the result was cleared", and the slot the result appears in.
    expect(html).toContain('<p role="status" id="tdg-trang-thai" class="statusEmpty"></p><div id="tdg-ket-qua" class="resultSlot"></div>');
  });
  it('does not repeat the page\'s "only the council decides" warning (the page says it once)', () => {
    expect(text(html)).not.toMatch(/Hội đồng|tham khảo/);
  });
});

describe('CalculatorForm', () => {
  const blank = {A: '', B: '', C: ''};

  it('is a real form with a submit button, so Enter submits', () => {
    const html = renderToStaticMarkup(
      <CalculatorForm idPrefix="t" values={blank} errors={[]} onChange={noop} onSubmit={noop} onReset={noop} />,
    );
    expect(html).toMatch(/<form[^>]*novalidate/i);
    expect(html).toContain('<button type="submit" class="button button--primary">Tính điểm</button>');
    expect(html).toContain('<button type="button" class="button button--secondary">Nhập lại</button>');
    expect(text(html)).toContain('Số thập phân viết với dấu phẩy, ví dụ 32,5.');
  });

  it('labels each input with its part and maximum, decimal keyboard, linked hint', () => {
    const html = renderToStaticMarkup(
      <CalculatorForm idPrefix="t" values={blank} errors={[]} onChange={noop} onSubmit={noop} onReset={noop} />,
    );
    for (const [key, name, max] of [
      ['A', 'Sản phẩm và sức mạnh cộng đồng', 40],
      ['B', 'Khả năng tiếp thị', 25],
      ['C', 'Chất lượng sản phẩm', 35],
    ] as const) {
      expect(html).toContain(`<label for="t-${key}"`);
      expect(text(html)).toContain(`Phần ${key} – ${name} (tối đa ${max} điểm)`);
      const input = new RegExp(`<input id="t-${key}"[^>]*>`).exec(html)?.[0] ?? '';
      expect(input).toContain('inputMode="decimal"');
      expect(input).toContain('type="text"');
      expect(input).toContain(`aria-describedby="t-${key}-goi-y"`);
      expect(input).not.toContain('aria-invalid');
      expect(html).toContain(`id="t-${key}-goi-y"`);
    }
    expect(html).not.toContain('Cần sửa');
  });

  it('shows an error summary linking to each field, and marks the fields invalid', () => {
    const outcome = rateOcop({A: '', B: 'abc', C: '36'});
    const errors: ScoreError[] = outcome.ok ? [] : outcome.errors;
    const html = renderToStaticMarkup(
      <CalculatorForm
        idPrefix="t"
        values={{A: '', B: 'abc', C: '36'}}
        errors={errors}
        onChange={noop}
        onSubmit={noop}
        onReset={noop}
      />,
    );
    expect(html).toMatch(/<div[^>]*tabindex="-1"[^>]*aria-labelledby="t-loi-tieu-de"/i);
    expect(text(html)).toContain('Cần sửa 3 lỗi trước khi tính');
    expect(html).toContain('<a href="#t-A">Nhập số điểm dự kiến của Phần A, từ 0 đến 40.</a>');
    expect(html).toContain('<a href="#t-B">Điểm Phần B phải là một số, ví dụ 30 hoặc 30,5.</a>');
    expect(html).toContain('<a href="#t-C">Điểm Phần C phải từ 0 đến 35.</a>');
    for (const key of ['A', 'B', 'C']) {
      const input = new RegExp(`<input id="t-${key}"[^>]*>`).exec(html)?.[0] ?? '';
      expect(input).toContain(`aria-describedby="t-${key}-goi-y t-${key}-loi"`);
      expect(input).toContain('aria-invalid="true"');
      expect(html).toContain(`id="t-${key}-loi"`);
    }
    expect(text(html)).toContain('Lỗi: Điểm Phần C phải từ 0 đến 35.');
  });

  it('says "một lỗi" for a single error', () => {
    const outcome = rateOcop({A: '10', B: '10', C: ''});
    const html = renderToStaticMarkup(
      <CalculatorForm
        idPrefix="t"
        values={{A: '10', B: '10', C: ''}}
        errors={outcome.ok ? [] : outcome.errors}
        onChange={noop}
        onSubmit={noop}
        onReset={noop}
      />,
    );
    expect(text(html)).toContain('Cần sửa một lỗi trước khi tính');
  });
});

describe('RatingResult', () => {
  it('has a heading that can take focus and states the answer', () => {
    const html = renderToStaticMarkup(<RatingResult rating={rating('30', '17,5', '15')} headingId="h" />);
    expect(html).toMatch(/<h3 id="h" class="resultHeading" tabindex="-1">Kết quả tham khảo: 62,5 điểm, 3 sao<\/h3>/);
  });

  it('shows total, stars, missing points and both recognition levels for 3★', () => {
    const t = text(renderToStaticMarkup(<RatingResult rating={rating('30', '17,5', '15')} headingId="h" />));
    expect(t).toContain('Tổng điểm 62,5 / 100 điểm (Phần A 30 + Phần B 17,5 + Phần C 15)');
    expect(t).toContain('3 sao (mức 50–69 điểm). Đạt mức được công nhận là sản phẩm OCOP');
    expect(t).toContain('Còn thiếu 7,5 điểm để đạt 4 sao (từ 70 điểm).');
    expect(t).toContain(
      'Theo Quyết định 148/QĐ-TTg, như Kế hoạch 36 áp dụng (trước 06/07/2025): UBND cấp huyện đánh giá, công nhận.',
    );
    expect(t).toContain('Theo Quyết định 1489/QĐ-TTg ngày 06/07/2025 (hai cấp): UBND cấp tỉnh đánh giá, công nhận.');
    expect(t).not.toContain('Để được công nhận là sản phẩm OCOP');
  });

  it('explains that under 3★ nothing is recognised, and says the distance once at 2★', () => {
    const t = text(renderToStaticMarkup(<RatingResult rating={rating('20', '15', '14,5')} headingId="h" />));
    expect(t).toContain(
      '2 sao (mức 30–49 điểm). Chưa được công nhận là sản phẩm OCOP: sản phẩm OCOP được công nhận từ 3 sao (từ 50 điểm) trở lên.',
    );
    expect(t).toContain(
      'Để được công nhận là sản phẩm OCOP Còn thiếu 0,5 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.',
    );
    expect(t).not.toContain('Để lên hạng tiếp theo');
    expect(t).toContain('không có, vì sản phẩm dưới 3 sao không được công nhận là sản phẩm OCOP.');
  });

  it('at 1★ gives the distance to 3★ first, then to 2★', () => {
    const t = text(renderToStaticMarkup(<RatingResult rating={rating('10', '0', '0')} headingId="h" />));
    expect(t).toContain(
      'Để được công nhận là sản phẩm OCOP Còn thiếu 40 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP. Để lên hạng tiếp theo Còn thiếu 20 điểm để đạt 2 sao (từ 30 điểm); 2 sao vẫn chưa được công nhận là sản phẩm OCOP.',
    );
  });

  it('says how a number typed with a dot was read', () => {
    const t = text(renderToStaticMarkup(<RatingResult rating={rating('32.5', '20', '20')} headingId="h" />));
    expect(t).toContain('(Phần A 32,5 + Phần B 20 + Phần C 20) Phần A: “32.5” được hiểu là 32,5 (dấu chấm là dấu thập phân).');
    expect(text(renderToStaticMarkup(<RatingResult rating={rating('32,5', '20', '20')} headingId="h" />))).not.toContain(
      'được hiểu',
    );
  });

  it('writes "dưới 30" for 1★ and says 5★ is the top, recognised centrally', () => {
    const low = text(renderToStaticMarkup(<RatingResult rating={rating('0', '0', '0')} headingId="h" />));
    expect(low).toContain('1 sao (mức dưới 30 điểm)');
    const top = text(renderToStaticMarkup(<RatingResult rating={rating('40', '25', '25')} headingId="h" />));
    expect(top).toContain('Đây là hạng cao nhất.');
    expect(top).toContain('Trung ương (cấp quốc gia) đánh giá, công nhận; cấp tỉnh đề nghị (Kế hoạch 36, mục IV.1).');
  });

  it('hides the star glyphs from screen readers', () => {
    const html = renderToStaticMarkup(<RatingResult rating={rating('30', '20', '20')} headingId="h" />);
    expect(html).toMatch(/<span[^>]*aria-hidden="true"[^>]*>★★★★<span[^>]*>☆<\/span><\/span>/);
  });
});

describe('StarBandTable', () => {
  it('lists the five bands with who recognises them, and the caveat', () => {
    const html = renderToStaticMarkup(<StarBandTable />);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => text(m[1] ?? ''));
    expect(rows).toEqual([
      'Hạng Tổng điểm Là sản phẩm OCOP? Cấp công nhận theo Kế hoạch 36 (Quyết định 148) Cấp công nhận từ Quyết định 1489 (06/07/2025)',
      '★★★★★ 5 sao 90–100 Có Trung ương (cấp quốc gia) Trung ương (cấp quốc gia)',
      '★★★★☆ 4 sao 70–89 Có UBND cấp tỉnh UBND cấp tỉnh',
      '★★★☆☆ 3 sao 50–69 Có UBND cấp huyện UBND cấp tỉnh',
      '★★☆☆☆ 2 sao 30–49 Không Không công nhận Không công nhận',
      '★☆☆☆☆ 1 sao Dưới 30 Không Không công nhận Không công nhận',
    ]);
    expect(html).toContain('<caption>Hạng sao theo tổng điểm (tối đa 100 điểm)</caption>');
    expect(html).toMatch(/role="region"[^>]*tabindex="0"|tabindex="0"[^>]*role="region"/i);
    expect(text(html)).toContain('chưa được xác nhận');
  });

  it('can leave out the recognition columns', () => {
    const html = renderToStaticMarkup(<StarBandTable showLevels={false} />);
    expect(html).not.toContain('Cấp công nhận');
    expect(html.match(/<th scope="row">/g)).toHaveLength(5);
  });
});

describe('Checklist', () => {
  it('wraps a plain list, with no interactive controls', () => {
    const html = renderToStaticMarkup(
      <Checklist>
        <ul>
          <li>Phiếu đăng ký</li>
        </ul>
      </Checklist>,
    );
    expect(html).toBe('<div class="checklist"><ul><li>Phiếu đăng ký</li></ul></div>');
  });
});
