/**
 * The star bands of the OCOP criteria (Decision 148/QĐ-TTg) and who
 * recognises each rank before and after Decision 1489/QĐ-TTg (06/07/2025).
 * Static HTML: it is the no-JavaScript fallback of the self-assessment
 * calculator and reads the same data as the calculator's logic.
 */
import type {ReactNode} from 'react';
import {BANDS, LEVEL_LABELS, recognitionLevel, type Regime, type Stars} from '@site/src/rating/rateOcop';
import styles from './styles.module.css';

export function StarGlyphs({stars}: {stars: Stars}): ReactNode {
  return (
    <span className={styles.glyphs} aria-hidden="true">
      {'★'.repeat(stars)}
      <span className={styles.empty}>{'☆'.repeat(5 - stars)}</span>
    </span>
  );
}

function levelCell(stars: Stars, regime: Regime): string {
  const level = recognitionLevel(stars, regime);
  return level ? LEVEL_LABELS[level] : 'Không công nhận';
}

export default function StarBandTable({
  showLevels = true,
  caption = 'Hạng sao theo tổng điểm (tối đa 100 điểm)',
}: {
  showLevels?: boolean;
  caption?: string;
}): ReactNode {
  return (
    <div className={styles.wrap}>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className={styles.table}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Hạng</th>
              <th scope="col">Tổng điểm</th>
              <th scope="col">Là sản phẩm OCOP?</th>
              {showLevels && (
                <>
                  <th scope="col">Cấp công nhận theo Kế hoạch 36 (Quyết định 148)</th>
                  <th scope="col">Cấp công nhận từ Quyết định 1489 (06/07/2025)</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {BANDS.map((band) => (
              <tr key={band.stars}>
                <th scope="row">
                  <StarGlyphs stars={band.stars} /> {band.stars} sao
                </th>
                <td className="num">{band.label}</td>
                <td>{band.recognised ? 'Có' : 'Không'}</td>
                {showLevels && (
                  <>
                    <td>{levelCell(band.stars, 'qd148')}</td>
                    <td>{levelCell(band.stars, 'qd1489')}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.caveat}>
        Các mốc 30, 50, 70 và 90 điểm được ghi rõ trong bộ tiêu chí năm 2019 và khớp với các nguồn
        năm 2023–2025. Cách ghi chính xác trong Quyết định 148/QĐ-TTg (ví dụ “từ 70 đến dưới 90
        điểm” hay “từ 70 đến 89 điểm”) <strong>chưa được xác nhận</strong>.
      </p>
    </div>
  );
}
