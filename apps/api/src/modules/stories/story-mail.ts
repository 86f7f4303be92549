import { Language } from '@kring/domain';
import { Mail } from '../../engine/mail/mail.service';

/** Where a storyteller without an account reads their story in the web app. */
export const STORYTELLER_PAGE_PATH = '/verhaal';

interface StoryMailFacts {
  to: string;
  organisationName: string;
  writerName: string;
  title: string;
  /** The personal link (no account) or the story's page in Kring (account). */
  link: string;
  /** Days the personal link works; null for a storyteller with an account. */
  validDays: number | null;
  language: Language;
}

/**
 * "Wil je je verhaal nalezen?": the member check, asked in plain words. The
 * mail names the title only; the story itself stays behind the link.
 */
export function storyCheckMail(facts: StoryMailFacts): Mail {
  const days = facts.validDays;
  const text =
    facts.language === 'en'
      ? [
          `${facts.writerName} of ${facts.organisationName} wrote down your story "${facts.title}".`,
          'Would you read whether it is right? You can add remarks, approve it or ask for changes, and choose who may read it. Nothing goes further without your consent.',
          `Read your story here${days ? ` (this link works for ${days} days)` : ''}:\n${facts.link}`,
        ]
      : [
          `${facts.writerName} van ${facts.organisationName} heeft jouw verhaal "${facts.title}" opgeschreven.`,
          'Wil je lezen of het klopt? Je kunt opmerkingen geven, het goedkeuren of om aanpassing vragen, en kiezen wie het mag lezen. Zonder jouw toestemming gaat het nergens heen.',
          `Lees je verhaal hier${days ? ` (deze link werkt ${days} dagen)` : ''}:\n${facts.link}`,
        ];
  return {
    to: facts.to,
    // The link is the storyteller's key to approve and consent: never in an outbox colleagues or administrators read.
    organisationId: 'operator',
    subject:
      facts.language === 'en'
        ? `Would you read your story? (${facts.organisationName})`
        : `Wil je je verhaal nalezen? (${facts.organisationName})`,
    body: text.join('\n\n'),
  };
}
