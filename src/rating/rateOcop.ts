/**
 * OCOP self-assessment: parse the expected points of parts A, B and C,
 * add them up and place the total in a star band. Pure functions, no React.
 *
 * Sources (register src/content/sources.ts, public page /nguon/):
 *  - parts A 40, B 25, C 35 under Decision 148/QĐ-TTg (24/02/2023):
 *    SOURCES.criteria148;
 *  - bands: under 30 → 1★, 30–49 → 2★, 50–69 → 3★, 70–89 → 4★, 90–100 → 5★
 *    (SOURCES.starBands, 2019 criteria; SOURCES.starBandsDaNang and
 *    SOURCES.evaluationInfographic agree for 2023–2025);
 *    only 3–5★ are recognised as OCOP products. The exact 2023 wording
 *    ("từ … đến dưới …") is unconfirmed, so each band is read by its lower
 *    bound: a total of 49.5 has not reached 50 and stays 2★;
 *  - who recognises: under 148 as Plan 36 assumes, district 3★, province 4★,
 *    central 5★ (Plan 36, IV.1: the province proposes 5★ to the central level); after Decision 1489/QĐ-TTg (06/07/2025)
 *    province 3★ and 4★, central 5★ (SOURCES.decision1489).
 *
 * Arithmetic is done in hundredths of a point (integers), so sums such as
 * 10,1 + 9,9 land exactly on a band boundary. Inputs accept at most two
 * decimals; this is a limit of the calculator, not a programme rule. How a
 * typed number is read (decimal comma, a dot as decimal point or thousands
 * separator) is in readNumber.ts.
 */

import {dotNote, readNumber, type DotReading, type ReadNumberError} from './readNumber';

export type PartKey = 'A' | 'B' | 'C';

export interface CriteriaPart {
  key: PartKey;
  /** Name of the part in Decision 148/QĐ-TTg. */
  name: string;
  /** What the part covers. */
  covers: string;
  /** Maximum points. */
  max: number;
}

export const PARTS: readonly CriteriaPart[] = [
  {
    key: 'A',
    name: 'Sản phẩm và sức mạnh cộng đồng',
    covers: 'tổ chức sản xuất; phát triển sản phẩm; sức mạnh cộng đồng',
    max: 40,
  },
  {
    key: 'B',
    name: 'Khả năng tiếp thị',
    covers: 'tiếp thị; câu chuyện về sản phẩm',
    max: 25,
  },
  {
    key: 'C',
    name: 'Chất lượng sản phẩm',
    covers:
      'chỉ tiêu cảm quan, dinh dưỡng, tính độc đáo của sản phẩm; tiêu chuẩn sản phẩm; khả năng xuất khẩu, phân phối tại thị trường quốc tế',
    max: 35,
  },
];

export const MAX_TOTAL = 100;

export type Stars = 1 | 2 | 3 | 4 | 5;

export interface StarBand {
  stars: Stars;
  /** Lowest total in the band (inclusive). */
  min: number;
  /** The band as the sources write it. */
  label: string;
  /** Only 3–5★ are recognised as OCOP products. */
  recognised: boolean;
}

/** Highest band first, as the sources list them. */
export const BANDS: readonly StarBand[] = [
  {stars: 5, min: 90, label: '90–100', recognised: true},
  {stars: 4, min: 70, label: '70–89', recognised: true},
  {stars: 3, min: 50, label: '50–69', recognised: true},
  {stars: 2, min: 30, label: '30–49', recognised: false},
  {stars: 1, min: 0, label: 'Dưới 30', recognised: false},
];

/** The two procedures: Decision 148 as Plan 36 applies it, and after Decision 1489. */
export type Regime = 'qd148' | 'qd1489';

export const REGIMES: readonly {key: Regime; label: string}[] = [
  {
    key: 'qd148',
    label: 'Theo Quyết định 148/QĐ-TTg, như Kế hoạch 36 áp dụng (trước 06/07/2025)',
  },
  {
    key: 'qd1489',
    label: 'Theo Quyết định 1489/QĐ-TTg ngày 06/07/2025 (hai cấp)',
  },
];

export type Level = 'huyen' | 'tinh' | 'trung-uong';

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  huyen: 'UBND cấp huyện',
  tinh: 'UBND cấp tỉnh',
  'trung-uong': 'Trung ương (cấp quốc gia)',
};

const LEVELS: Readonly<Record<Regime, Readonly<Record<Stars, Level | null>>>> = {
  qd148: {1: null, 2: null, 3: 'huyen', 4: 'tinh', 5: 'trung-uong'},
  qd1489: {1: null, 2: null, 3: 'tinh', 4: 'tinh', 5: 'trung-uong'},
};

/** Which level evaluates and recognises a product of this rank; null below 3★. */
export function recognitionLevel(stars: Stars, regime: Regime): Level | null {
  return LEVELS[regime][stars];
}

export function bandFor(stars: Stars): StarBand {
  const band = BANDS.find((b) => b.stars === stars);
  if (!band) throw new RangeError(`Không có hạng ${stars} sao`);
  return band;
}

/** Star band of a total given in hundredths of a point (0…10 000). */
export function starsForHundredths(hundredths: number): Stars {
  if (!Number.isInteger(hundredths) || hundredths < 0 || hundredths > MAX_TOTAL * 100) {
    throw new RangeError(`Tổng điểm không hợp lệ: ${hundredths / 100}`);
  }
  const band = BANDS.find((b) => hundredths >= b.min * 100);
  // BANDS ends with min 0, so a band is always found.
  return (band ?? BANDS[BANDS.length - 1]!).stars;
}

/** Star band of a total in points (0–100, at most two decimals). */
export function starsForTotal(total: number): Stars {
  if (!Number.isFinite(total)) throw new RangeError(`Tổng điểm không hợp lệ: ${total}`);
  const hundredths = Math.round(total * 100);
  if (Math.abs(hundredths - total * 100) > 1e-6) {
    throw new RangeError(`Tổng điểm có quá hai chữ số thập phân: ${total}`);
  }
  return starsForHundredths(hundredths);
}

export type ScoreErrorKind = ReadNumberError | 'out-of-range';

export type ParsedScore =
  | {ok: true; hundredths: number; dot: DotReading}
  | {ok: false; kind: ScoreErrorKind; dot: DotReading; hundredths?: number};

/**
 * Reads "32", "32,5" or "32.5" into hundredths of a point (see readNumber
 * for how a dot is understood: "1.000" is one thousand), and checks
 * 0 ≤ value ≤ max.
 */
export function parseScore(raw: string, max: number): ParsedScore {
  const read = readNumber(raw);
  if (!read.ok) return read;
  if (read.hundredths < 0 || read.hundredths > max * 100) {
    return {ok: false, kind: 'out-of-range', dot: read.dot, hundredths: read.hundredths};
  }
  return read;
}

export interface ScoreError {
  part: PartKey;
  kind: ScoreErrorKind;
  /** Vietnamese message, written to be read alone in the error summary. */
  message: string;
}

/**
 * The message for an input error. Given what was typed and how a dot in it
 * was read, it also says how the number was understood ("1.000" → 1000).
 */
export function errorMessage(
  part: CriteriaPart,
  kind: ScoreErrorKind,
  typed?: {raw: string; dot: DotReading; hundredths?: number},
): string {
  const name = `Phần ${part.key}`;
  const note = typed ? dotNote(typed.raw, typed.dot, typed.hundredths) : '';
  const withNote = (message: string) => (note ? `${message} ${note}` : message);
  switch (kind) {
    case 'empty':
      return `Nhập số điểm dự kiến của ${name}, từ 0 đến ${part.max}.`;
    case 'not-a-number':
      return `Điểm ${name} phải là một số, ví dụ 30 hoặc 30,5.`;
    case 'too-many-decimals':
      return withNote(`Điểm ${name} chỉ được có tối đa hai chữ số thập phân, ví dụ 30,25.`);
    case 'out-of-range':
      return withNote(`Điểm ${name} phải từ 0 đến ${part.max}.`);
  }
}

export type ScoreInputs = Readonly<Record<PartKey, string>>;

export interface NextBand {
  stars: Stars;
  /** Lowest total of that band. */
  min: number;
  /** Points still missing to reach it. */
  missing: number;
}

export interface Rating {
  /** Points per part. */
  scores: Record<PartKey, number>;
  /** Total points, 0–100. */
  total: number;
  stars: Stars;
  band: StarBand;
  /** Recognised as an OCOP product (3–5★). */
  recognised: boolean;
  /** The next band up, or null at 5★. */
  next: NextBand | null;
  /** Below 3★: the lowest recognised band and the points missing to reach it; null when recognised. */
  recognition: NextBand | null;
  /** Parts typed with a dot, and how the dot was read (e.g. "32.5" as a decimal point). */
  dots: ReadonlyArray<{part: PartKey; raw: string; dot: Exclude<DotReading, null>; hundredths: number}>;
  /** Who evaluates and recognises it under each procedure; null below 3★. */
  levels: Record<Regime, Level | null>;
}

export type RatingOutcome = {ok: true; rating: Rating} | {ok: false; errors: ScoreError[]};

/** The lowest band recognised as an OCOP product (3★ from 50 points), taken from BANDS. */
export const LOWEST_RECOGNISED: StarBand = BANDS.filter((b) => b.recognised).reduce((low, b) =>
  b.min < low.min ? b : low,
);

/** Parse the three inputs and rate the total, or list every input error in A, B, C order. */
export function rateOcop(inputs: ScoreInputs): RatingOutcome {
  const errors: ScoreError[] = [];
  const hundredths: Record<PartKey, number> = {A: 0, B: 0, C: 0};
  const dots: Rating['dots'][number][] = [];
  for (const part of PARTS) {
    const raw = inputs[part.key];
    const parsed = parseScore(raw, part.max);
    if (parsed.ok) {
      hundredths[part.key] = parsed.hundredths;
      if (parsed.dot) dots.push({part: part.key, raw: raw.trim(), dot: parsed.dot, hundredths: parsed.hundredths});
    } else {
      errors.push({part: part.key, kind: parsed.kind, message: errorMessage(part, parsed.kind, {raw, dot: parsed.dot, hundredths: parsed.hundredths})});
    }
  }
  if (errors.length > 0) return {ok: false, errors};

  const totalH = hundredths.A + hundredths.B + hundredths.C;
  const stars = starsForHundredths(totalH);
  const band = bandFor(stars);
  const up = stars < 5 ? bandFor((stars + 1) as Stars) : null;
  return {
    ok: true,
    rating: {
      scores: {A: hundredths.A / 100, B: hundredths.B / 100, C: hundredths.C / 100},
      total: totalH / 100,
      stars,
      band,
      recognised: band.recognised,
      next: up ? {stars: up.stars, min: up.min, missing: (up.min * 100 - totalH) / 100} : null,
      recognition: band.recognised
        ? null
        : {
            stars: LOWEST_RECOGNISED.stars,
            min: LOWEST_RECOGNISED.min,
            missing: (LOWEST_RECOGNISED.min * 100 - totalH) / 100,
          },
      dots,
      levels: {
        qd148: recognitionLevel(stars, 'qd148'),
        qd1489: recognitionLevel(stars, 'qd1489'),
      },
    },
  };
}
