import { attachmentName } from './download';

describe('attachmentName', () => {
  it.each([
    ['attachment; filename="wat-we-hoorden.pdf"', 'wat-we-hoorden.pdf'],
    ['attachment; filename=spiegelrapport.pdf', 'spiegelrapport.pdf'],
    [`attachment; filename="kwaliteitsverslag-2026.pdf"; filename*=UTF-8''kwaliteitsverslag-2026.pdf`, 'kwaliteitsverslag-2026.pdf'],
    [`attachment; filename="Zo?.pdf"; filename*=UTF-8''Zo%C3%AB.pdf`, 'Zoë.pdf'],
    [`attachment; filename="ok.pdf"; filename*=UTF-8''%E0%A4%A.pdf`, 'ok.pdf'],
    ['attachment', null],
    [null, null],
  ])('reads %p as %p', (header, name) => {
    expect(attachmentName(header)).toBe(name);
  });
});
