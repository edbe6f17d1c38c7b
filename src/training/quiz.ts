/**
 * Self-check quizzes: the question shape, validation of a lesson's
 * questions, and scoring. No DOM here; the Quiz component renders it.
 */

/** One multiple-choice question with exactly one right option. */
export interface QuizQuestion {
  /** ASCII id, unique within the quiz (e.g. "q1"). */
  readonly id: string;
  readonly question: string;
  /** Two to five options, shown as A, B, C… */
  readonly options: readonly string[];
  /** Index (from 0) of the right option. */
  readonly answer: number;
  /** Why the right option is right; shown after answering. */
  readonly explanation: string;
}

/** Chosen option index per question id; missing = not answered. */
export type QuizAnswers = Readonly<Record<string, number | undefined>>;

export type QuestionResult = 'correct' | 'incorrect' | 'unanswered';

export interface QuizScore {
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
  readonly results: ReadonlyArray<{readonly id: string; readonly result: QuestionResult}>;
}

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 5;
const ID_PATTERN = /^[a-z0-9-]+$/;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Every problem with a quiz's questions, as messages for whoever edits the
 * lesson (empty when the quiz is fine). Accepts unknown input because the
 * questions are written by hand in MDX.
 */
export function validateQuiz(questions: unknown): string[] {
  if (!Array.isArray(questions)) return ['questions phải là một mảng câu hỏi.'];
  const problems: string[] = [];
  if (questions.length < MIN_QUESTIONS || questions.length > MAX_QUESTIONS) {
    problems.push(
      `Cần từ ${MIN_QUESTIONS} đến ${MAX_QUESTIONS} câu hỏi, hiện có ${questions.length}.`,
    );
  }
  const seen = new Set<string>();
  questions.forEach((raw: unknown, index) => {
    const where = `Câu ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${where}: không phải một câu hỏi.`);
      return;
    }
    const q = raw as Record<string, unknown>;
    if (typeof q.id !== 'string' || !ID_PATTERN.test(q.id)) {
      problems.push(`${where}: id phải gồm chữ thường không dấu, số hoặc dấu gạch ngang.`);
    } else if (seen.has(q.id)) {
      problems.push(`${where}: id "${q.id}" bị trùng.`);
    } else {
      seen.add(q.id);
    }
    if (!isNonEmptyString(q.question)) problems.push(`${where}: thiếu nội dung câu hỏi.`);
    if (!isNonEmptyString(q.explanation)) problems.push(`${where}: thiếu lời giải thích.`);
    const options = q.options;
    if (!Array.isArray(options) || !options.every(isNonEmptyString)) {
      problems.push(`${where}: options phải là danh sách các phương án (chuỗi không rỗng).`);
      return;
    }
    if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
      problems.push(`${where}: cần từ ${MIN_OPTIONS} đến ${MAX_OPTIONS} phương án.`);
    }
    if (new Set(options.map((o: string) => o.trim())).size !== options.length) {
      problems.push(`${where}: có phương án trùng nhau.`);
    }
    if (
      typeof q.answer !== 'number' ||
      !Number.isInteger(q.answer) ||
      q.answer < 0 ||
      q.answer >= options.length
    ) {
      problems.push(`${where}: answer phải là số thứ tự (từ 0) của một phương án có thật.`);
    }
  });
  return problems;
}

/** Result of each question and the totals. Out-of-range choices count as unanswered. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: QuizAnswers): QuizScore {
  const results = questions.map((q) => {
    const chosen = answers[q.id];
    const valid =
      typeof chosen === 'number' && Number.isInteger(chosen) && chosen >= 0 && chosen < q.options.length;
    const result: QuestionResult = !valid ? 'unanswered' : chosen === q.answer ? 'correct' : 'incorrect';
    return {id: q.id, result};
  });
  return {
    total: questions.length,
    answered: results.filter((r) => r.result !== 'unanswered').length,
    correct: results.filter((r) => r.result === 'correct').length,
    results,
  };
}

/** "A", "B", … for option index 0, 1, … */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * How many "Kiểm tra" a question may be answered wrongly before its right
 * answer is shown: the first wrong check says only "Chưa đúng", so that the
 * trainee can think again.
 */
export const TRIES_BEFORE_ANSWER = 2;

/** What to show under a question after a check. */
export type QuestionFeedback = 'correct' | 'try-again' | 'show-answer' | 'unanswered';

/** Wrong checks per question id, counting this check's results. */
export function countWrongChecks(
  previous: Readonly<Record<string, number>>,
  score: QuizScore,
): Record<string, number> {
  const counts: Record<string, number> = {...previous};
  for (const {id, result} of score.results) {
    if (result === 'incorrect') counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** The feedback for a question's result, given how many checks it has been wrong (this one included). */
export function questionFeedback(result: QuestionResult, wrongChecks: number): QuestionFeedback {
  if (result !== 'incorrect') return result;
  return wrongChecks >= TRIES_BEFORE_ANSWER ? 'show-answer' : 'try-again';
}

/**
 * The sentence announced after "Kiểm tra". `retry` is the number of wrong
 * questions whose answer is not shown yet.
 */
export function describeScore(score: QuizScore, retry = 0): string {
  const base = `Bạn trả lời đúng ${score.correct}/${score.total} câu.`;
  const missing = score.total - score.answered;
  const again =
    retry > 0
      ? ` Chọn lại ${retry === 1 ? 'câu' : `${retry} câu`} chưa đúng rồi bấm “Kiểm tra” lần nữa; đáp án đúng hiện ra sau ${TRIES_BEFORE_ANSWER} lần chưa đúng.`
      : '';
  if (missing > 0) {
    return `${base} Còn ${missing} câu chưa chọn đáp án.${again}`;
  }
  if (score.correct === score.total) {
    return `${base} Bạn đã nắm được bài. Hãy đánh dấu bài đã học ở phía dưới.`;
  }
  if (retry > 0) return `${base}${again}`;
  return `${base} Đọc lời giải thích dưới từng câu, xem lại phần liên quan rồi làm lại.`;
}
