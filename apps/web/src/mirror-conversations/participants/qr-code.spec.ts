import { encodeQr, penalty, QrTooLong } from './qr-code';

const draw = (modules: readonly (readonly boolean[])[]) => modules.map((row) => row.map((dark) => (dark ? '#' : '.')).join(''));

describe('the QR code encoder', () => {
  it('draws exactly the symbol of an independent encoder (python-qrcode 8.2, level M, mask 3)', () => {
    expect(draw(encodeQr('Kring', 3).modules)).toEqual([
      '#######.#.##..#######',
      '#.....#.#...#.#.....#',
      '#.###.#..#....#.###.#',
      '#.###.#.####..#.###.#',
      '#.###.#....#..#.###.#',
      '#.....#...###.#.....#',
      '#######.#.#.#.#######',
      '........#####........',
      '#.##.###..###.#..#.##',
      '#.#..#.#.######...###',
      '##.#..#..#.#.....####',
      '###.##.#...#..####..#',
      '.###.###.##.#..#....#',
      '........####..#..##.#',
      '#######.#.###..#.#...',
      '#.....#.#......#####.',
      '#.###.#...#.#########',
      '#.###.#.#..#..#.####.',
      '#.###.#.#.#.#.##.....',
      '#.....#......#.##...#',
      '#######.##...#.##.#..',
    ]);
  });

  it('fits a personal link in a small symbol, picking the mask with the lowest penalty', () => {
    const link = `https://kring.voorbeeld.nl/naaste/${'a'.repeat(43)}`;
    const chosen = encodeQr(link);
    expect({ version: chosen.version, size: chosen.size }).toEqual({ version: 5, size: 37 });
    const scores = Array.from({ length: 8 }, (_, mask) => penalty(encodeQr(link, mask).modules));
    expect(penalty(chosen.modules)).toBe(Math.min(...scores));
  });

  it('grows with the text and refuses what no supported version holds', () => {
    expect(encodeQr('x'.repeat(150)).version).toBe(8);
    expect(encodeQr('x'.repeat(213)).version).toBe(10);
    expect(() => encodeQr('x'.repeat(214))).toThrow(QrTooLong);
  });
});
