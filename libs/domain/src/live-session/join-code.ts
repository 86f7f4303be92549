/**
 * The short code on the room's shared screen ("Code: 3F9A2C"), for whoever
 * cannot scan its QR code: typed on a phone, it leads to the live room.
 *
 * It is the start of the session's id, so it needs no column, no generator
 * and no secrecy: it grants nothing. The server looks it up only among the
 * sessions the logged-in person takes part in (their right to the session
 * stays the only way in), where six hexadecimal characters (16.7 million
 * possibilities) do not clash in practice.
 */
export const JOIN_CODE_LENGTH = 6;

/** Where a phone joins: the QR code opens `/meedoen/<code>`, and `/meedoen` asks for the code. */
export const JOIN_PATH = '/meedoen';

/** The code shown on the screen: the first characters of the id, in capitals. */
export function sessionJoinCode(sessionId: string): string {
  return sessionId.replace(/-/g, '').slice(0, JOIN_CODE_LENGTH).toUpperCase();
}

/**
 * What someone typed, as the id prefix to look for; null when it cannot be a
 * code. Spaces and dashes are ignored, and letters that look like digits
 * (O for 0, I or L for 1) are read as the digits, since only 0-9 and A-F occur.
 */
export function parseJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return new RegExp(`^[0-9A-F]{${JOIN_CODE_LENGTH}}$`).test(code) ? code.toLowerCase() : null;
}

/** The address a phone opens from the QR code (`origin` like "https://kring.example.nl"). */
export function joinUrl(origin: string, sessionId: string): string {
  return `${origin}${JOIN_PATH}/${sessionJoinCode(sessionId)}`;
}
