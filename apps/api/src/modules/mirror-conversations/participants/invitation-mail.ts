import { formatDutchTime, Language } from '@kring/domain';

interface InvitationMailFacts {
  language: Language;
  organisationName: string;
  theme: string;
  scheduledAt: Date;
  place: string;
  link: string;
  expiresAt: Date;
}

function when(date: Date, language: Language, withTime: boolean): string {
  return formatDutchTime(date, language, { dateStyle: 'full', ...(withTime ? { timeStyle: 'short' } : {}) });
}

/** The e-mail with someone's personal link, in plain words and in their language; it names no one else. */
export function invitationMail(facts: InvitationMailFacts): { subject: string; body: string } {
  const at = when(facts.scheduledAt, facts.language, true);
  const until = when(facts.expiresAt, facts.language, false);
  if (facts.language === 'en') {
    return {
      subject: `Invitation to a mirror conversation at ${facts.organisationName}`,
      body:
        `Hello,\n\n${facts.organisationName} invites you to a mirror conversation: relatives tell what they experience, and the team only listens.\n\n` +
        `The theme is: "${facts.theme}"\nWhen: ${at}${facts.place ? `\nWhere: ${facts.place}` : ''}\n\n` +
        `Your personal link explains what happens with your words. There you say whether you take part and what may be done with what you say, ` +
        `and you can tell us something beforehand if you like. You do not need an account.\n${facts.link}\n\n` +
        `The link works until ${until}. Please do not pass it on: it is for you only. Later you can use the same link to change or withdraw your choices.`,
    };
  }
  return {
    subject: `Uitnodiging voor een spiegelgesprek bij ${facts.organisationName}`,
    body:
      `Goedendag,\n\n${facts.organisationName} nodigt u uit voor een spiegelgesprek: naasten vertellen wat zij ervaren, en het team luistert alleen.\n\n` +
      `Het thema is: "${facts.theme}"\nWanneer: ${at}${facts.place ? `\nWaar: ${facts.place}` : ''}\n\n` +
      `Via uw persoonlijke link leest u wat er met uw woorden gebeurt. Daar geeft u aan of u meedoet en wat er met uw woorden mag gebeuren, ` +
      `en als u wilt vertelt u vooraf al iets. U heeft geen account nodig.\n${facts.link}\n\n` +
      `De link werkt tot en met ${until}. Stuur hem niet door: hij is alleen voor u. Later kunt u via dezelfde link uw keuzes veranderen of intrekken.`,
  };
}

export interface ChangeMailFacts {
  language: Language;
  organisationName: string;
  theme: string;
  scheduledAt: Date;
  place: string;
  /** Whether their personal link still works (it may have run out before the conversation). */
  linkWorks: boolean;
}

/**
 * The conversation moved (or its place changed): the new date in plain words.
 * The personal link itself is not in it (only its hash is kept); the one in the
 * invitation shows the new date while it works, and one that ran out is said to
 * have run out, with who gives a new one.
 */
export function changedMail(facts: ChangeMailFacts): { subject: string; body: string } {
  const at = when(facts.scheduledAt, facts.language, true);
  if (facts.language === 'en') {
    return {
      subject: `New date for the mirror conversation at ${facts.organisationName}`,
      body:
        `Hello,\n\nThe mirror conversation at ${facts.organisationName} on "${facts.theme}" has a new date.\n\n` +
        `When: ${at}${facts.place ? `\nWhere: ${facts.place}` : ''}\n\n` +
        `Your choices and what you wrote beforehand stay as they are. ` +
        (facts.linkWorks
          ? `The link in your invitation still works and shows the new date. If you can no longer come, you can say so there.`
          : `The link in your invitation no longer works. If you can no longer come, or want a new link, please contact ${facts.organisationName}.`),
    };
  }
  return {
    subject: `Nieuwe datum voor het spiegelgesprek bij ${facts.organisationName}`,
    body:
      `Goedendag,\n\nHet spiegelgesprek bij ${facts.organisationName} over "${facts.theme}" heeft een nieuwe datum.\n\n` +
      `Wanneer: ${at}${facts.place ? `\nWaar: ${facts.place}` : ''}\n\n` +
      `Uw keuzes en wat u vooraf schreef, blijven zoals ze zijn. ` +
      (facts.linkWorks
        ? `De link in uw uitnodiging werkt nog en toont de nieuwe datum. Kunt u nu niet meer komen? Dan kunt u dat daar aangeven.`
        : `De link in uw uitnodiging werkt niet meer. Kunt u nu niet meer komen, of wilt u een nieuwe link? Neem dan contact op met ${facts.organisationName}.`),
  };
}

/** The conversation does not take place; the moderator's own words say why and what happens now. */
export function cancelledMail(facts: ChangeMailFacts & { message: string }): { subject: string; body: string } {
  const at = when(facts.scheduledAt, facts.language, true);
  const message = facts.message.trim() ? `\n\n${facts.message.trim()}` : '';
  if (facts.language === 'en') {
    return {
      subject: `The mirror conversation at ${facts.organisationName} is cancelled`,
      body:
        `Hello,\n\nThe mirror conversation at ${facts.organisationName} on "${facts.theme}" (${at}) will not take place.${message}\n\n` +
        `Thank you for your time. What you wrote beforehand has been deleted.`,
    };
  }
  return {
    subject: `Het spiegelgesprek bij ${facts.organisationName} gaat niet door`,
    body:
      `Goedendag,\n\nHet spiegelgesprek bij ${facts.organisationName} over "${facts.theme}" (${at}) gaat niet door.${message}\n\n` +
      `Dank u wel voor uw tijd. Wat u vooraf schreef, is verwijderd.`,
  };
}
