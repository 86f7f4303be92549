import { joinUrl, parseJoinCode, sessionJoinCode } from './join-code';

describe('session join code', () => {
  const id = '3f9a2c71-0b4e-4d2a-9c1e-5a6b7c8d9e0f';

  it('is the start of the session id, in capitals', () => {
    expect(sessionJoinCode(id)).toBe('3F9A2C');
    expect(joinUrl('https://kring.example.nl', id)).toBe('https://kring.example.nl/meedoen/3F9A2C');
  });

  it('reads what people type: any case, spaces and dashes, O for 0 and I or L for 1', () => {
    expect(parseJoinCode('3f9a2c')).toBe('3f9a2c');
    expect(parseJoinCode(' 3F9-A2C ')).toBe('3f9a2c');
    expect(parseJoinCode('1O1OAB')).toBe('1010ab');
    expect(parseJoinCode('l0I0ab')).toBe('1010ab');
    expect(parseJoinCode(sessionJoinCode(id))).toBe(id.slice(0, 6));
  });

  it('refuses what cannot be a code', () => {
    expect(parseJoinCode('')).toBeNull();
    expect(parseJoinCode('3F9A2')).toBeNull();
    expect(parseJoinCode('3F9A2C7')).toBeNull();
    expect(parseJoinCode('3F9A2G')).toBeNull();
    expect(parseJoinCode("3F9A2'")).toBeNull();
  });
});
