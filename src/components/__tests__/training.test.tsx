/**
 * The training components as the server renders them, i.e. what a reader
 * gets without JavaScript and what the browser hydrates.
 */
import {renderToStaticMarkup} from 'react-dom/server';
import Checklist from '../Checklist';
import LessonDone from '../LessonDone';
import LessonMeta from '../LessonMeta';
import Quiz from '../Quiz';
import TrackProgress from '../TrackProgress';
import type {QuizQuestion} from '@site/src/training/quiz';

const questions: QuizQuestion[] = [
  {id: 'q1', question: 'Phần A có mấy điểm?', options: ['25', '40'], answer: 1, explanation: 'Phần A có 40 điểm.'},
  {id: 'q2', question: 'Phần B có mấy điểm?', options: ['25', '35'], answer: 0, explanation: 'Phần B có 25 điểm.'},
  {id: 'q3', question: 'Phần C có mấy điểm?', options: ['35', '40', '25'], answer: 0, explanation: 'Phần C có 35 điểm.'},
];

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

describe('Quiz (server-rendered)', () => {
  const html = renderToStaticMarkup(<Quiz questions={questions} />);

  it('renders one fieldset with a legend per question and native radios', () => {
    expect(count(html, '<fieldset')).toBe(3);
    expect(count(html, '<legend')).toBe(3);
    expect(html).toContain('Câu 1. Phần A có mấy điểm?');
    expect(count(html, 'type="radio"')).toBe(7);
    // Each radio has a label pointing at it; a question's radios share a name.
    const ids = [...html.matchAll(/<input type="radio" id="([^"]+)" name="([^"]+)"/g)];
    expect(ids).toHaveLength(7);
    for (const [, id] of ids) expect(html).toContain(`for="${id}"`);
    expect(new Set(ids.map((m) => m[2])).size).toBe(3);
  });

  it('shows every answer and explanation in <details> without JavaScript', () => {
    expect(count(html, '<details class="details no-js-only">')).toBe(3);
    expect(count(html, '<summary>Xem đáp án</summary>')).toBe(3);
    expect(html).toContain('Đáp án đúng: B. 40');
    expect(html).toContain('Phần B có 25 điểm.');
  });

  it('renders the JavaScript-only buttons disabled until hydrated, hidden without JavaScript, and keeps the live region', () => {
    expect(html).toContain(
      '<div class="actions no-print js-only"><button type="submit" class="button button--primary" disabled="">Kiểm tra</button><button type="button" class="button button--secondary" disabled="">Làm lại</button></div>',
    );
    expect(html).toMatch(/<p role="status" aria-live="polite"[^>]*><\/p>/);
  });

  it('includes a print-only answer key', () => {
    expect(html).toContain('Đáp án phần tự kiểm tra');
    expect(html).toMatch(/class="answerKey"[^>]*>/);
  });

  it('refuses a malformed quiz with a message for the editor', () => {
    expect(() => renderToStaticMarkup(<Quiz questions={questions.slice(0, 2)} />)).toThrow(
      'Cần từ 3 đến 5 câu hỏi, hiện có 2.',
    );
  });
});

describe('LessonMeta', () => {
  it('lists goals, time, audience and linked prerequisites', () => {
    const html = renderToStaticMarkup(
      <LessonMeta
        goals={['Mục tiêu một.', 'Mục tiêu hai.']}
        time="20 phút"
        audience="Chủ thể OCOP."
        prerequisites={['chu-the-ocop/ocop-la-gi', 'Biết đọc bảng tính.']}
      />,
    );
    expect(html).toContain('<li>Mục tiêu một.</li><li>Mục tiêu hai.</li>');
    expect(html).toContain('<dt>Thời gian</dt><dd>20 phút</dd>');
    expect(html).toContain('<dd>Chủ thể OCOP.</dd>');
    expect(html).toContain(
      '<a href="/dao-tao/chu-the-ocop/ocop-la-gi/">Bài 1 (Chủ thể OCOP): OCOP là gì và mang lại gì cho chủ thể</a>',
    );
    expect(html).toContain('<li>Biết đọc bảng tính.</li>');
  });
  it('has the print button in the server HTML, disabled until hydrated and hidden without JavaScript', () => {
    const html = renderToStaticMarkup(<LessonMeta goals={['x']} time="5 phút" audience="y" />);
    expect(html).toMatch(/<p class="no-print js-only"><button type="button" class="button button--outline button--primary" disabled="">In bài học<\/button>/);
  });

  it('says when nothing is needed first', () => {
    const html = renderToStaticMarkup(<LessonMeta goals={['x']} time="5 phút" audience="y" />);
    expect(html).toContain('<dt>Cần học trước</dt><dd>Không cần.</dd>');
  });
  it('refuses a prerequisite id that is not a lesson', () => {
    expect(() =>
      renderToStaticMarkup(<LessonMeta goals={['x']} time="5 phút" audience="y" prerequisites={['can-bo/khong-co']} />),
    ).toThrow('không có bài học "can-bo/khong-co"');
  });
});

describe('Checklist', () => {
  it('renders labelled native checkboxes', () => {
    const html = renderToStaticMarkup(<Checklist items={['Việc một.', 'Việc hai.']} />);
    expect(count(html, 'type="checkbox"')).toBe(2);
    const ids = [...html.matchAll(/type="checkbox" id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).toContain('Việc hai.</label>');
  });
  it('without a lesson id, keeps nothing and says nothing about saving', () => {
    const html = renderToStaticMarkup(<Checklist items={['Việc một.', 'Việc hai.']} />);
    expect(html).not.toContain('role="status"');
    expect(html).not.toContain('checked');
  });
  it('with a lesson id, says (once storage is read) that ticks are kept in this browser; boxes start unticked', () => {
    const html = renderToStaticMarkup(<Checklist lessonId="can-bo/tuyen-truyen" items={['Việc một.', 'Việc hai.']} />);
    expect(html).toContain(
      '<p role="status" class="note no-print js-only js-pending">Các ô đã đánh dấu được lưu trong trình duyệt này, cùng tiến độ học.</p>',
    );
    expect(html).not.toContain('checked');
  });
  it('refuses an unknown lesson id', () => {
    expect(() => renderToStaticMarkup(<Checklist lessonId="can-bo/khong-co" items={['x']} />)).toThrow(
      'Checklist: không có bài học "can-bo/khong-co"',
    );
  });
  it('renders [text](/path) in an item as a link', () => {
    const html = renderToStaticMarkup(<Checklist items={['Tôi đã đọc [mục IV.14](/co-quan/ubnd-cap-huyen/).']} />);
    expect(html).toContain('Tôi đã đọc <a href="/co-quan/ubnd-cap-huyen/">mục IV.14</a>.</label>');
  });
});

describe('links in lesson strings', () => {
  it('Quiz links in questions and explanations, LessonMeta in goals', () => {
    const linked: QuizQuestion[] = questions.map((q, i) =>
      i === 0 ? {...q, question: 'Theo [mục IV.6](/co-quan/so-y-te/)?', explanation: '[Mục IV.6, ý 1](/co-quan/so-y-te/#iv-6-1) giao.'} : q,
    );
    const quiz = renderToStaticMarkup(<Quiz questions={linked} />);
    expect(quiz).toContain('Theo <a href="/co-quan/so-y-te/">mục IV.6</a>?</legend>');
    // Once under the question, once in the printed answer key.
    expect(count(quiz, '<a href="/co-quan/so-y-te/#iv-6-1">Mục IV.6, ý 1</a> giao.')).toBe(2);
    const meta = renderToStaticMarkup(<LessonMeta goals={['Đọc [mục IV.14](/co-quan/ubnd-cap-huyen/).']} time="5 phút" audience="y" />);
    expect(meta).toContain('<li>Đọc <a href="/co-quan/ubnd-cap-huyen/">mục IV.14</a>.</li>');
  });
});

describe('LessonDone (server-rendered)', () => {
  const html = renderToStaticMarkup(<LessonDone lessonId="can-bo/tuyen-truyen" />);
  it('explains the no-JavaScript case and links onward', () => {
    expect(html).toContain('<noscript>');
    expect(html).toContain('Cần bật JavaScript để đánh dấu bài đã học');
    expect(html).toContain('Bài tiếp theo: <a href="/dao-tao/can-bo/ho-tro-y-tuong-phuong-an/">');
    expect(html).toContain('<a href="/dao-tao/can-bo/">');
    // The checkbox is there (nothing moves when progress is read) but invisible and disabled until then.
    expect(html).toMatch(/<div class="js-only js-pending"><p class="toggle"><input type="checkbox" id="[^"]+" disabled=""/);
  });
  it('has no "next lesson" on the last lesson', () => {
    expect(renderToStaticMarkup(<LessonDone lessonId="can-bo/bao-cao-tien-do" />)).not.toContain('Bài tiếp theo');
  });
  it('refuses an unknown lesson id', () => {
    expect(() => renderToStaticMarkup(<LessonDone lessonId="can-bo/khong-co" />)).toThrow('không có bài học');
  });
});

describe('TrackProgress (server-rendered)', () => {
  it('lists the track lessons in order as links, without progress yet', () => {
    const html = renderToStaticMarkup(<TrackProgress track="can-bo" />);
    const links = [...html.matchAll(/<li class="lesson"><a href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/dao-tao/can-bo/to-chuc-chu-trinh/',
      '/dao-tao/can-bo/tuyen-truyen/',
      '/dao-tao/can-bo/ho-tro-y-tuong-phuong-an/',
      '/dao-tao/can-bo/kiem-tra-ho-so-danh-gia/',
      '/dao-tao/can-bo/giam-sat-sau-cong-nhan/',
      '/dao-tao/can-bo/bao-cao-tien-do/',
    ]);
    // The progress bar and reset button keep their room, invisible until the stored progress is read.
    expect(html).toMatch(/<div class="summary no-print js-only js-pending"><p id="[^"]+" class="count">Đã học 0\/6 bài<\/p><progress/);
    expect(html).toMatch(/<p class="reset no-print js-only js-pending"><button [^>]*disabled=""/);
  });
});
