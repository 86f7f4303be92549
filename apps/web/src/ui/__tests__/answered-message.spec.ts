import { answeredMessage } from '../answered-message';

const REQUIRED = 'Tekst is verplicht';
const first = { fields: { body: REQUIRED } };
const second = { fields: { body: REQUIRED } };
const body = (value: string, message: string | undefined = REQUIRED) => ({ name: 'body', message, value });

describe('answeredMessage', () => {
  it.each([
    {
      case: 'outside a Form: as given',
      seen: { answer: undefined, value: '' },
      form: null,
      field: body('typed'),
      shown: true,
      remembers: '',
    },
    {
      case: "the server's, value as answered",
      seen: { answer: first, value: '' },
      form: { answer: first },
      field: body(''),
      shown: true,
      remembers: '',
    },
    {
      case: "the server's, value changed since",
      seen: { answer: first, value: '' },
      form: { answer: first },
      field: body('Mevrouw'),
      shown: false,
      remembers: '',
    },
    {
      case: 'changed back to the value answered',
      seen: { answer: first, value: '' },
      form: { answer: first },
      field: body(''),
      shown: true,
      remembers: '',
    },
    {
      case: 'a new answer: about the value now',
      seen: { answer: first, value: '' },
      form: { answer: second },
      field: body('  '),
      shown: true,
      remembers: '  ',
    },
    {
      case: 'an answer without an error',
      seen: { answer: first, value: '' },
      form: { answer: undefined },
      field: body('x', undefined),
      shown: true,
      remembers: 'x',
    },
    // The server's words for a box the page names otherwise: a chapter's body is "chapterBody" here, "body" there.
    {
      case: "the server's words under the server's name for the box, value changed since",
      seen: { answer: first, value: '' },
      form: { answer: first },
      field: { name: 'chapterBody', message: REQUIRED, value: 'Mevrouw at niet.' },
      shown: false,
      remembers: '',
    },
    // The page's own check, under a name the server never reports (a chapter's title on the new-case page).
    {
      case: "the page's own message",
      seen: { answer: first, value: '' },
      form: { answer: first },
      field: { name: 'chapterTitle', message: 'Titel is verplicht', value: '  ' },
      shown: true,
      remembers: '',
    },
    {
      case: 'another message than the server gave',
      seen: { answer: first, value: '' },
      form: { answer: first },
      field: body('x', 'Dit zijn 300 tekens'),
      shown: true,
      remembers: '',
    },
    {
      case: 'a field without a name',
      seen: { answer: first, value: '' },
      form: { answer: first },
      field: { name: undefined, message: REQUIRED, value: 'x' },
      shown: true,
      remembers: '',
    },
  ])('$case', ({ seen, form, field, shown, remembers }) => {
    const next = answeredMessage(seen, form, field);
    expect(next.shown).toBe(shown);
    expect(next.seen.value).toBe(remembers);
    expect(next.seen.answer).toBe(form ? form.answer : seen.answer);
  });

  it('keeps what it remembers as the same object while the answer is the same, so the field does not render again for it', () => {
    const seen = { answer: first, value: 'a' };
    expect(answeredMessage(seen, { answer: first }, body('b')).seen).toBe(seen);
  });
});
