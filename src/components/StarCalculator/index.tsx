/**
 * OCOP self-assessment calculator. The producer enters the expected points
 * of parts A, B and C; on submit it shows the total, the indicative star,
 * the points missing for the next star (and, below 3★, for recognition) and
 * who recognises it before and after Decision 1489/QĐ-TTg. All logic is in
 * src/rating/ (rateOcop.ts, readNumber.ts, resultText.ts).
 *
 * Server render: the form, disabled until React has hydrated it, so that
 * nothing moves when it comes alive (no layout shift). Without JavaScript
 * the form is hidden (`.js-only`) and a note says the calculator needs
 * JavaScript; the page shows the band table next to it. After hydration:
 * a real <form> (Enter submits), labelled inputs, an error summary that
 * takes focus, and a result whose heading (which states the answer) takes
 * focus and is scrolled into view, so that screen readers announce it and
 * phone users see it. Changing an input clears the result, which no longer
 * matches, and says so in a status message.
 *
 * The "only the council decides" warning is the page's (once, in the MDX),
 * not repeated here: the calculator's own text is kept short so that on a
 * phone the inputs come first.
 */
import {useEffect, useRef, useState, type FormEvent, type ReactNode, type Ref} from 'react';
import {
  LEVEL_LABELS,
  PARTS,
  REGIMES,
  rateOcop,
  type Level,
  type PartKey,
  type Rating,
  type RatingOutcome,
  type Regime,
  type ScoreError,
  type ScoreInputs,
} from '@site/src/rating/rateOcop';
import {
  dotReadings,
  nextBandText,
  recognitionGap,
  recognitionStatus,
  resultHeadline,
} from '@site/src/rating/resultText';
import {formatNumber} from '@site/src/format';
import {StarGlyphs} from '@site/src/components/StarBandTable';
import {useHydrated} from '@site/src/hooks/useHydrated';
import styles from './styles.module.css';

const EMPTY: ScoreInputs = {A: '', B: '', C: ''};

/** Said (and shown) when an input changes after a result: the old result is gone. */
export const STALE_MESSAGE = 'Bạn đã sửa điểm nên kết quả cũ đã được xóa. Bấm “Tính điểm” để tính lại.';

function levelText(level: Level | null, regime: Regime): string {
  if (level === null) return 'không có, vì sản phẩm dưới 3 sao không được công nhận là sản phẩm OCOP.';
  if (level === 'trung-uong') {
    return regime === 'qd148'
      ? `${LEVEL_LABELS[level]} đánh giá, công nhận; cấp tỉnh đề nghị (Kế hoạch 36, mục IV.1).`
      : `${LEVEL_LABELS[level]} đánh giá, công nhận.`;
  }
  return `${LEVEL_LABELS[level]} đánh giá, công nhận.`;
}

export function RatingResult({
  rating,
  headingId,
  headingRef,
}: {
  rating: Rating;
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
}): ReactNode {
  const {scores, total, stars, band, levels} = rating;
  const gap = recognitionGap(rating);
  const next = nextBandText(rating);
  const readings = dotReadings(rating);
  return (
    <div className={styles.result}>
      {/* tabIndex -1: focus moves here after "Tính điểm", so the heading's text is announced. */}
      <h3 id={headingId} className={styles.resultHeading} tabIndex={-1} ref={headingRef}>
        {resultHeadline(rating)}
      </h3>
      <dl className={styles.resultList}>
        <dt>Tổng điểm</dt>
        <dd>
          <strong>{formatNumber(total)}</strong> / 100 điểm (Phần A {formatNumber(scores.A)} + Phần B{' '}
          {formatNumber(scores.B)} + Phần C {formatNumber(scores.C)})
          {readings.length > 0 && (
            <ul className={styles.readings}>
              {readings.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Hạng sao dự kiến</dt>
        <dd>
          <StarGlyphs stars={stars} /> <strong>{stars} sao</strong> (mức {band.label.toLowerCase()} điểm).{' '}
          {recognitionStatus(rating)}
        </dd>
        {gap && (
          <>
            <dt>Để được công nhận là sản phẩm OCOP</dt>
            <dd>{gap}</dd>
          </>
        )}
        {next && (
          <>
            <dt>Để lên hạng tiếp theo</dt>
            <dd>{next}</dd>
          </>
        )}
        <dt>Cấp đánh giá, công nhận</dt>
        <dd>
          <ul>
            {REGIMES.map((regime) => (
              <li key={regime.key}>
                {regime.label}: {levelText(levels[regime.key], regime.key)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </div>
  );
}

export interface CalculatorFormProps {
  idPrefix: string;
  values: ScoreInputs;
  errors: readonly ScoreError[];
  onChange: (part: PartKey, value: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onReset: () => void;
  summaryRef?: Ref<HTMLDivElement>;
  /** True until hydrated: the server-rendered form cannot work yet. */
  disabled?: boolean;
}

/** The form itself, stateless, so its markup can be tested on the server. */
export function CalculatorForm({
  idPrefix,
  values,
  errors,
  onChange,
  onSubmit,
  onReset,
  summaryRef,
  disabled = false,
}: CalculatorFormProps): ReactNode {
  const id = (suffix: string) => `${idPrefix}-${suffix}`;
  const errorFor = (key: PartKey) => errors.find((e) => e.part === key);
  return (
    <form noValidate onSubmit={onSubmit} aria-describedby={id('mo-ta')} className={styles.form}>
      <p id={id('mo-ta')} className={styles.intro}>
        Nhập điểm dự kiến của từng phần. Số thập phân viết với dấu phẩy, ví dụ 32,5.
      </p>

      {errors.length > 0 && (
        <div
          ref={summaryRef}
          className={styles.errorSummary}
          tabIndex={-1}
          aria-labelledby={id('loi-tieu-de')}>
          <h3 id={id('loi-tieu-de')} className={styles.errorSummaryHeading}>
            Cần sửa {errors.length === 1 ? 'một lỗi' : `${errors.length} lỗi`} trước khi tính
          </h3>
          <ul>
            {errors.map((e) => (
              <li key={e.part}>
                <a
                  href={`#${id(e.part)}`}
                  onClick={(event) => {
                    const input = document.getElementById(id(e.part));
                    if (!input) return;
                    event.preventDefault();
                    input.focus();
                    input.parentElement?.scrollIntoView({block: 'center'});
                  }}>
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {PARTS.map((part) => {
        const error = errorFor(part.key);
        const hintId = id(`${part.key}-goi-y`);
        const errorId = id(`${part.key}-loi`);
        return (
          <div key={part.key} className={error ? `${styles.field} ${styles.fieldError}` : styles.field}>
            <label htmlFor={id(part.key)} className={styles.label}>
              Phần {part.key} – {part.name} <span className={styles.max}>(tối đa {part.max} điểm)</span>
            </label>
            <p id={hintId} className={styles.hint}>
              Gồm: {part.covers}.
            </p>
            {error && (
              <p id={errorId} className={styles.errorMessage}>
                <span className="visually-hidden">Lỗi: </span>
                {error.message}
              </p>
            )}
            <input
              id={id(part.key)}
              name={`phan-${part.key.toLowerCase()}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              className={styles.input}
              value={values[part.key]}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              aria-invalid={error ? true : undefined}
              disabled={disabled}
              onChange={(event) => onChange(part.key, event.currentTarget.value)}
            />
          </div>
        );
      })}

      <div className={styles.actions}>
        <button type="submit" className="button button--primary" disabled={disabled}>
          Tính điểm
        </button>
        <button type="button" className="button button--secondary" onClick={onReset} disabled={disabled}>
          Nhập lại
        </button>
      </div>
    </form>
  );
}

/** Shown when JavaScript does not run. */
export function NoScriptNote(): ReactNode {
  return (
    <p className={styles.noJs}>
      Công cụ tính điểm cần JavaScript. Nếu trình duyệt đang tắt JavaScript hoặc trang chưa tải
      xong, bạn vẫn có thể tự cộng điểm ba phần (A tối đa 40, B tối đa 25, C tối đa 35) rồi đối chiếu
      tổng điểm với bảng hạng sao.
    </p>
  );
}

export default function StarCalculator({idPrefix = 'tdg'}: {idPrefix?: string}): ReactNode {
  // False in the server render and while hydrating; true once hydrated.
  const ready = useHydrated();
  const [values, setValues] = useState<ScoreInputs>(EMPTY);
  const [outcome, setOutcome] = useState<RatingOutcome | null>(null);
  const [submits, setSubmits] = useState(0);
  // An input changed after a result was shown: the result was cleared.
  const [stale, setStale] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!outcome) return;
    if (!outcome.ok) {
      summaryRef.current?.focus();
      return;
    }
    const heading = headingRef.current;
    const box = resultRef.current;
    if (!heading || !box) return;
    // The heading states the answer; focusing it makes screen readers say it.
    heading.focus({preventScroll: true});
    // Bring the result into view (on a phone it appears below the screen);
    // leave the page alone when it is already wholly visible.
    const rect = box.getBoundingClientRect();
    const top = parseFloat(getComputedStyle(box).scrollMarginTop) || 0;
    if (rect.top < top || rect.bottom > window.innerHeight) box.scrollIntoView({block: 'start'});
  }, [outcome, submits]);

  return (
    <div className={styles.calculator}>
      <noscript>
        <NoScriptNote />
      </noscript>
      <div className="js-only">
        <CalculatorForm
          disabled={!ready}
          idPrefix={idPrefix}
          values={values}
          errors={outcome && !outcome.ok ? outcome.errors : []}
          summaryRef={summaryRef}
          onChange={(part, value) => {
            setValues((v) => ({...v, [part]: value}));
            // The shown result no longer matches the inputs: clear it rather than leave it to mislead.
            if (outcome?.ok) {
              setOutcome(null);
              setStale(true);
            }
          }}
          onSubmit={(event) => {
            event.preventDefault();
            setOutcome(rateOcop(values));
            setSubmits((n) => n + 1);
            setStale(false);
          }}
          onReset={() => {
            setValues(EMPTY);
            setOutcome(null);
            setStale(false);
            document.getElementById(`${idPrefix}-A`)?.focus();
          }}
        />
        <p role="status" id={`${idPrefix}-trang-thai`} className={stale ? styles.stale : styles.statusEmpty}>
          {stale ? STALE_MESSAGE : ''}
        </p>
        <div id={`${idPrefix}-ket-qua`} ref={resultRef} className={styles.resultSlot}>
          {outcome?.ok && (
            <RatingResult
              key={submits}
              rating={outcome.rating}
              headingId={`${idPrefix}-ket-qua-tieu-de`}
              headingRef={headingRef}
            />
          )}
        </div>
      </div>
    </div>
  );
}
