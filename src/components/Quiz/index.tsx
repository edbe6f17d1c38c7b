/**
 * Self-check quiz. The server renders every question as a fieldset of
 * native radios with the answer in a <details>, so it reads fully without
 * JavaScript. In the browser a "Kiểm tra" button scores the answers and
 * announces the score in a live region; under each question it says
 * whether the answer is right. A wrong answer gets another try first: its
 * right answer and explanation appear only after TRIES_BEFORE_ANSWER wrong
 * checks (src/training/quiz.ts). In print, buttons and feedback are hidden and an
 * answer key is printed on a page of its own.
 */
import {useId, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  countWrongChecks,
  describeScore,
  optionLetter,
  questionFeedback,
  scoreQuiz,
  validateQuiz,
  type QuizAnswers,
  type QuizQuestion,
} from '@site/src/training/quiz';
import {useHydrated} from '@site/src/hooks/useHydrated';
import InlineLinks from '../InlineLinks';
import styles from './styles.module.css';

export interface QuizProps {
  readonly questions: readonly QuizQuestion[];
}

function RightAnswer({question}: {question: QuizQuestion}): ReactNode {
  const text = question.options[question.answer];
  return (
    <>
      <p className={styles.rightAnswer}>
        Đáp án đúng: {optionLetter(question.answer)}. {text}
      </p>
      <p className={styles.explanation}>
        <InlineLinks text={question.explanation} />
      </p>
    </>
  );
}

export default function Quiz({questions}: QuizProps): ReactNode {
  const problems = validateQuiz(questions);
  if (problems.length > 0) {
    throw new Error(`Bài tự kiểm tra chưa đúng mẫu:\n- ${problems.join('\n- ')}`);
  }
  const hydrated = useHydrated();
  const uid = useId();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  // Answers as they were when "Kiểm tra" was pressed; feedback follows these.
  const [checked, setChecked] = useState<QuizAnswers | null>(null);
  // Questions whose answer changed after "Kiểm tra": their feedback is hidden until the next check.
  const [changed, setChanged] = useState<readonly string[]>([]);
  // How many checks each question has been wrong: its answer is shown only after a second try.
  const [wrongChecks, setWrongChecks] = useState<Readonly<Record<string, number>>>({});
  const [announcement, setAnnouncement] = useState('');

  const score = checked ? scoreQuiz(questions, checked) : null;

  function choose(questionId: string, option: number) {
    setAnswers((prev) => ({...prev, [questionId]: option}));
    if (checked && checked[questionId] !== option && !changed.includes(questionId)) {
      setChanged([...changed, questionId]);
    }
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = scoreQuiz(questions, answers);
    const wrong = countWrongChecks(wrongChecks, result);
    setChecked(answers);
    setChanged([]);
    setWrongChecks(wrong);
    const retry = result.results.filter(
      (r) => questionFeedback(r.result, wrong[r.id] ?? 0) === 'try-again',
    ).length;
    // Same text twice in a row would not be re-announced; a trailing space makes it new.
    const text = describeScore(result, retry);
    setAnnouncement((prev) => (prev === text ? `${text} ` : text));
  }

  function restart() {
    setAnswers({});
    setChecked(null);
    setChanged([]);
    setWrongChecks({});
    setAnnouncement('Đã xóa các lựa chọn. Bạn có thể làm lại từ câu 1.');
  }

  return (
    <div className={styles.quiz}>
      <form onSubmit={check} noValidate>
        {questions.map((q, qi) => {
          const name = `${uid}-${q.id}`;
          const result = changed.includes(q.id) ? undefined : score?.results[qi]?.result;
          const feedback = result && questionFeedback(result, wrongChecks[q.id] ?? 0);
          return (
            <fieldset key={q.id} className={styles.question} data-question={q.id}>
              <legend className={styles.legend}>
                Câu {qi + 1}. <InlineLinks text={q.question} />
              </legend>
              <div className={styles.options}>
                {q.options.map((option, oi) => {
                  const id = `${name}-${oi}`;
                  return (
                    <div key={oi} className={styles.option}>
                      <input
                        type="radio"
                        id={id}
                        name={name}
                        value={oi}
                        checked={answers[q.id] === oi}
                        onChange={() => choose(q.id, oi)}
                      />
                      <label htmlFor={id}>
                        <span className={styles.letter}>{optionLetter(oi)}.</span> {option}
                      </label>
                    </div>
                  );
                })}
              </div>
              {hydrated ? (
                feedback === 'correct' || feedback === 'show-answer' ? (
                  <div
                    className={clsx(
                      styles.feedback,
                      feedback === 'correct' ? styles.correct : styles.incorrect,
                    )}>
                    <p className={styles.verdict}>
                      {feedback === 'correct' ? '✓ Đúng.' : '✗ Chưa đúng.'}
                    </p>
                    <RightAnswer question={q} />
                  </div>
                ) : feedback === 'try-again' ? (
                  <div className={clsx(styles.feedback, styles.incorrect)}>
                    <p className={styles.verdict}>✗ Chưa đúng.</p>
                    <p className={styles.explanation}>Hãy chọn lại rồi bấm “Kiểm tra” lần nữa.</p>
                  </div>
                ) : feedback === 'unanswered' ? (
                  <div className={clsx(styles.feedback, styles.unanswered)}>
                    <p className={styles.verdict}>Bạn chưa chọn đáp án cho câu này.</p>
                  </div>
                ) : null
              ) : (
                // For readers without JavaScript; hidden from the others from the first paint (.no-js-only).
                <details className={clsx(styles.details, 'no-js-only')}>
                  <summary>Xem đáp án</summary>
                  <RightAnswer question={q} />
                </details>
              )}
            </fieldset>
          );
        })}
        {/* In the server HTML (no layout shift when they come alive), disabled until hydrated. */}
        <div className={clsx(styles.actions, 'no-print', 'js-only')}>
          <button type="submit" className="button button--primary" disabled={!hydrated}>
            Kiểm tra
          </button>
          <button type="button" className="button button--secondary" onClick={restart} disabled={!hydrated}>
            Làm lại
          </button>
        </div>
        <p role="status" aria-live="polite" className={clsx(styles.status, 'no-print')}>
          {announcement}
        </p>
      </form>
      <section className={styles.answerKey}>
        <p className={styles.answerKeyTitle}>Đáp án phần tự kiểm tra</p>
        <ol>
          {questions.map((q) => (
            <li key={q.id}>
              <RightAnswer question={q} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
