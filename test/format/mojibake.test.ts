import { findMojibake, repairMojibake, withoutMojibake } from '@/lib/format/mojibake';

describe('mojibake', () => {
  it('leaves real accents alone and repairs UTF-8 read as Mac Roman', () => {
    expect(findMojibake('café naïve Zürich')).toEqual([]);
    expect(repairMojibake('aren‚Äôt \uf8ffüîπ ‚Äì ÔøΩ').text).toBe('aren’t 🔹 – \ufffd');
  });

  it('leaves typographic text alone, and finds mojibake right after other wide characters', () => {
    const typographic = 'It’s the model’s “best” result – by far — see §2, 🔹 π ≈ 3.14 · Zürich';
    expect(findMojibake(typographic)).toEqual([]);
    expect(withoutMojibake(typographic)).toBe(typographic);
    // A wide neighbour before the lead character must not hide the pair.
    expect(withoutMojibake('’‚Äôs')).toBe('’’s');
    expect(withoutMojibake('🔹‚Äôs')).toBe('🔹’s');
    expect(withoutMojibake('‚Äô‚Äô')).toBe('’’');
  });
});
