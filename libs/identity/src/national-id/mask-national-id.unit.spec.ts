import { maskNationalId } from './mask-national-id';

describe('maskNationalId', () => {
  it('keeps the date digits and hides the rest', () => {
    expect(maskNationalId('01019012480')).toBe('010190*****');
    expect(maskNationalId('010190 12480')).toBe('010190*****');
  });

  it('hides malformed input completely, since it cannot tell which part is sensitive', () => {
    expect(maskNationalId('0101901248')).toBe('***********');
    expect(maskNationalId('010190-12480')).toBe('***********');
    expect(maskNationalId(undefined as unknown as string)).toBe('***********');
  });
});
