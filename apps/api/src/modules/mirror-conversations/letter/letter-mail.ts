import { formatLetterDate, Language } from '@kring/domain';

interface LetterMailFacts {
  language: Language;
  organisationName: string;
  heard: string;
  willDo: string;
  quotes: readonly string[];
  lookBackOn: string | null;
}

/**
 * The letter back by e-mail: the letter itself in the body (what the
 * moderator wrote, as written), with a short frame in the participant's language.
 */
export function letterMail(facts: LetterMailFacts): { subject: string; body: string } {
  const english = facts.language === 'en';
  const quotes = facts.quotes.length
    ? `\n\n${english ? 'In the words of relatives:' : 'In de woorden van naasten:'}\n${facts.quotes.map((q) => `“${q}”`).join('\n')}`
    : '';
  const lookBack = facts.lookBackOn
    ? `\n\n${english ? 'We will come back to this on' : 'We komen hierop terug op'} ${formatLetterDate(facts.lookBackOn, facts.language)}.`
    : '';
  const opening = english
    ? `Hello,\n\nThank you for taking part in the mirror conversation at ${facts.organisationName}. This is what we heard, and what we will do.`
    : `Goedendag,\n\nDank u wel dat u meedeed aan het spiegelgesprek bij ${facts.organisationName}. Hieronder leest u wat we hoorden en wat we gaan doen.`;
  const closing = english
    ? `The letter is also on your personal page, as a PDF. There you can change or withdraw your consent while the link works; after that, tell ${facts.organisationName}.`
    : `De brief staat ook op uw persoonlijke pagina, als PDF. Daar kunt u uw toestemming veranderen of intrekken zolang de link werkt; daarna zegt u het tegen ${facts.organisationName}.`;
  return {
    subject: english
      ? `What we heard, what we will do: ${facts.organisationName}`
      : `Wat we hoorden, wat we gaan doen: ${facts.organisationName}`,
    body: `${opening}\n\n${facts.heard}${quotes}\n\n${facts.willDo}${lookBack}\n\n${closing}`,
  };
}
