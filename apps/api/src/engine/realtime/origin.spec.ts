import { originAllowed } from './origin';

describe('originAllowed', () => {
  it.each([
    [undefined, 'kring.example', 'https://kring.example', true],
    ['https://kring.example', 'kring.example', 'https://kring.example', true],
    ['https://kring.example', '10.0.0.5:3000', 'https://kring.example', true],
    ['http://127.0.0.1:4567', '127.0.0.1:4567', 'http://localhost:0', true],
    ['https://evil.example', 'kring.example', 'https://kring.example', false],
    ['http://kring.example', 'other.example', 'https://kring.example', false],
    ['null', 'kring.example', 'https://kring.example', false],
    ['https://kring.example.evil.test', 'kring.example', 'https://kring.example', false],
  ])('origin %p on host %p with PUBLIC_URL %p → %p', (origin, host, publicUrl, allowed) => {
    expect(originAllowed(origin, host, publicUrl)).toBe(allowed);
  });
});
