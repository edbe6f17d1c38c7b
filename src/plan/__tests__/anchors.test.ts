import {anchorForCitation, citationForAnchor} from '../anchors';

describe('plan anchors', () => {
  it.each([
    ['i', 'I'],
    ['i-2', 'I.2'],
    ['ii-2-3', 'II.2.3'],
    ['iii-1', 'III.1'],
    ['iv-14', 'IV.14'],
    ['phu-luc', 'Phụ lục'],
  ])('%s reads as mục %s', (id, citation) => {
    expect(citationForAnchor(id)).toBe(citation);
  });
  it.each(['nguon', 'v-1', 'ii-a', 'ghi-chu-qd-1489', ''])('%s is not a plan item', (id) => {
    expect(citationForAnchor(id)).toBeNull();
  });
  it('turns a citation back into its anchor', () => {
    expect(anchorForCitation('II.2.3')).toBe('ii-2-3');
    expect(anchorForCitation('IV.14')).toBe('iv-14');
  });
});
