import {
  TRIES_BEFORE_ANSWER,
  countWrongChecks,
  describeScore,
  optionLetter,
  questionFeedback,
  scoreQuiz,
  validateQuiz,
  type QuizQuestion,
} from '../quiz';

const questions: QuizQuestion[] = [
  {id: 'a', question: 'Câu a?', options: ['x', 'y', 'z'], answer: 1, explanation: 'Vì y.'},
  {id: 'b', question: 'Câu b?', options: ['x', 'y'], answer: 0, explanation: 'Vì x.'},
  {id: 'c', question: 'Câu c?', options: ['x', 'y', 'z', 't'], answer: 3, explanation: 'Vì t.'},
];

describe('scoreQuiz', () => {
  it('counts right, wrong and unanswered questions', () => {
    expect(scoreQuiz(questions, {a: 1, b: 1})).toEqual({
      total: 3,
      answered: 2,
      correct: 1,
      results: [
        {id: 'a', result: 'correct'},
        {id: 'b', result: 'incorrect'},
        {id: 'c', result: 'unanswered'},
      ],
    });
  });
  it('gives full marks when every answer is right', () => {
    expect(scoreQuiz(questions, {a: 1, b: 0, c: 3})).toMatchObject({answered: 3, correct: 3});
  });
  it('treats out-of-range or non-integer choices as unanswered', () => {
    const score = scoreQuiz(questions, {a: 3, b: -1, c: 1.5});
    expect(score).toMatchObject({answered: 0, correct: 0});
  });
  it('ignores answers to unknown questions', () => {
    expect(scoreQuiz(questions, {zzz: 0})).toMatchObject({answered: 0, total: 3});
  });
});

describe('describeScore', () => {
  it('reports missing answers first', () => {
    expect(describeScore(scoreQuiz(questions, {a: 1}))).toBe(
      'Bạn trả lời đúng 1/3 câu. Còn 2 câu chưa chọn đáp án.',
    );
  });
  it('congratulates on a full score and points to the done checkbox', () => {
    expect(describeScore(scoreQuiz(questions, {a: 1, b: 0, c: 3}))).toBe(
      'Bạn trả lời đúng 3/3 câu. Bạn đã nắm được bài. Hãy đánh dấu bài đã học ở phía dưới.',
    );
  });
  it('suggests reviewing when some answers are wrong and shown', () => {
    expect(describeScore(scoreQuiz(questions, {a: 0, b: 0, c: 3}))).toBe(
      'Bạn trả lời đúng 2/3 câu. Đọc lời giải thích dưới từng câu, xem lại phần liên quan rồi làm lại.',
    );
  });
  it('invites another try while wrong answers are still hidden', () => {
    expect(describeScore(scoreQuiz(questions, {a: 0, b: 0, c: 3}), 1)).toBe(
      'Bạn trả lời đúng 2/3 câu. Chọn lại câu chưa đúng rồi bấm “Kiểm tra” lần nữa; đáp án đúng hiện ra sau 2 lần chưa đúng.',
    );
    expect(describeScore(scoreQuiz(questions, {a: 0, b: 1}), 2)).toBe(
      'Bạn trả lời đúng 0/3 câu. Còn 1 câu chưa chọn đáp án. Chọn lại 2 câu chưa đúng rồi bấm “Kiểm tra” lần nữa; đáp án đúng hiện ra sau 2 lần chưa đúng.',
    );
  });
});

describe('another try before the answer', () => {
  it('allows two tries', () => {
    expect(TRIES_BEFORE_ANSWER).toBe(2);
  });
  it('counts, per question, the checks it was wrong', () => {
    const first = countWrongChecks({}, scoreQuiz(questions, {a: 0, b: 0}));
    expect(first).toEqual({a: 1});
    const second = countWrongChecks(first, scoreQuiz(questions, {a: 2, b: 1, c: 3}));
    expect(second).toEqual({a: 2, b: 1});
    // A right answer does not reset the count (nor does it need to).
    expect(countWrongChecks(second, scoreQuiz(questions, {a: 1, b: 0, c: 3}))).toEqual({a: 2, b: 1});
  });
  it('says only "try again" on the first wrong check, shows the answer on the second', () => {
    expect(questionFeedback('incorrect', 1)).toBe('try-again');
    expect(questionFeedback('incorrect', 2)).toBe('show-answer');
    expect(questionFeedback('incorrect', 3)).toBe('show-answer');
    expect(questionFeedback('correct', 0)).toBe('correct');
    expect(questionFeedback('correct', 2)).toBe('correct');
    expect(questionFeedback('unanswered', 1)).toBe('unanswered');
  });
});

describe('optionLetter', () => {
  it('letters options from A', () => {
    expect([0, 1, 2, 3, 4].map(optionLetter)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('validateQuiz', () => {
  it('accepts a well-formed quiz', () => {
    expect(validateQuiz(questions)).toEqual([]);
  });
  it('rejects a non-array', () => {
    expect(validateQuiz({})).toEqual(['questions phải là một mảng câu hỏi.']);
  });
  it('requires 3 to 5 questions', () => {
    expect(validateQuiz(questions.slice(0, 2))).toEqual(['Cần từ 3 đến 5 câu hỏi, hiện có 2.']);
    const six = Array.from({length: 6}, (_, i) => ({...questions[0]!, id: `q${i}`}));
    expect(validateQuiz(six)).toEqual(['Cần từ 3 đến 5 câu hỏi, hiện có 6.']);
  });
  it('reports every problem of a bad question', () => {
    const bad = [
      ...questions.slice(0, 2),
      {id: 'A b', question: ' ', options: ['x', 'x'], answer: 2, explanation: ''},
    ];
    expect(validateQuiz(bad)).toEqual([
      'Câu 3: id phải gồm chữ thường không dấu, số hoặc dấu gạch ngang.',
      'Câu 3: thiếu nội dung câu hỏi.',
      'Câu 3: thiếu lời giải thích.',
      'Câu 3: có phương án trùng nhau.',
      'Câu 3: answer phải là số thứ tự (từ 0) của một phương án có thật.',
    ]);
  });
  it('reports duplicate ids, bad options and non-objects', () => {
    const bad = [questions[0], {...questions[1]!, id: 'a'}, {...questions[2]!, options: ['chỉ một']}, null];
    expect(validateQuiz(bad)).toEqual([
      'Câu 2: id "a" bị trùng.',
      'Câu 3: cần từ 2 đến 5 phương án.',
      'Câu 3: answer phải là số thứ tự (từ 0) của một phương án có thật.',
      'Câu 4: không phải một câu hỏi.',
    ]);
  });
});
