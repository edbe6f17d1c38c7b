/** The site's name and address as every share picture ends with them, and the pictures' accent colour. */
import {STAR_SWATCHES} from '../charts/palette';

/** Dark red of the 5-star class: the band and rules of the pictures. */
export const ACCENT = STAR_SWATCHES.sao_5.fill;

export interface SiteLine {
  name: string;
  /** Address without "https://", e.g. "ocop.example.gov.vn". */
  host: string;
}

export const siteLineText = (site: SiteLine): string => `${site.name} · ${site.host}`;
