/**
 * The demo organisations' own methods (werkvormen), made as a moderator makes
 * one in the method builder: a copy of a shipped method, then adapted and
 * saved as a new version. Phases the adaptation names change; the rest stay
 * as copied. Texts name no one (the demo's content guard rule holds here too).
 */
export interface DemoOwnMethod {
  /** How demo sessions refer to it (DemoHeldSession.method); the stored id is made from the name, as for any own method. */
  key: string;
  organisation: string;
  author: string;
  copyOf: string;
  name: string;
  summary: { nl: string; en: string };
  phases: Record<string, { defaultMinutes?: number; moderatorGuidance?: { nl: string; en: string } }>;
}

export const DEMO_OWN_METHODS: DemoOwnMethod[] = [
  {
    key: 'own:hoeve_short_incident',
    organisation: 'hoeve',
    author: 'mirjam@hoeve.demo',
    copyOf: 'incident_method',
    name: 'Korte incidentbespreking (Hoeve)',
    summary: {
      nl: 'Onze eigen, kortere incidentmethode voor het teamoverleg: in drie kwartier van het incident tot wat we anders doen. We sluiten af met de vraag of er nog een MIC-melding nodig is.',
      en: 'Our own, shorter incident method for the team meeting: from the incident to what we do differently in three quarters of an hour. We end by asking whether an incident report is still needed.',
    },
    phases: {
      facts: { defaultMinutes: 10 },
      compare: { defaultMinutes: 10 },
      lessons: {
        defaultMinutes: 10,
        moderatorGuidance: {
          nl: 'Eén afspraak is genoeg: wat doen we de volgende keer anders, en wie let erop? Vraag tot slot of er nog een MIC-melding nodig is.',
          en: 'One agreement is enough: what do we do differently next time, and who keeps an eye on it? Finally, ask whether an incident report is still needed.',
        },
      },
    },
  },
];
