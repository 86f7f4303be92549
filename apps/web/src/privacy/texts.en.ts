import type { privacyNl } from './texts.nl';

export const privacyEn: typeof privacyNl = {
  title: 'Privacy',
  intro:
    'What the GDPR asks of you, in one place: who read or exported what, how long raw notes are kept, and requests from people to see or erase their data.',
  adminsOnly: 'This page is for administrators of an organisation.',
  log: {
    title: 'Audit log',
    intro: 'Who read, exported or changed what. The log names what kind of thing it was, never its content.',
    person: 'Who',
    anyone: 'Everyone',
    action: 'What',
    anything: 'Everything',
    from: 'From',
    until: 'Until',
    table: 'Audit log',
    when: 'When',
    subject: 'About',
    kring: 'Kring itself',
    empty: 'Nothing found with these filters.',
    count: '{{count}} deleted',
    more: 'Earlier events',
  },
  retention: {
    title: 'What Kring keeps, and for how long',
    intro:
      'Raw notes are working material: needed to make a harvest, report or mirror report, not to keep. Kring deletes them by itself as soon as they have served their purpose; below, per kind, is when, and why. Harvests, approved reports, quotes with consent, observations in a mirror report and approved stories stay.',
    kinds: 'What Kring keeps only for a while, when it goes and why:',
    why: 'Why:',
    choose: 'Also delete',
    chooseHint:
      'This is your organisation’s choice. What is ticked, Kring deletes from now on at the moment named beside it; where that moment has already passed, it stays. What is deleted cannot be recovered.',
    period: 'Keep for',
    save: 'Save period',
    saved: 'The retention period has been saved.',
    lastPurge: 'Last cleaned up on {{when}}: {{count}} notes deleted.',
    neverPurged: 'Nothing has been cleaned up yet.',
    purgeNow: 'Clean up now',
    purged_zero: 'Cleaned up: nothing was older than the period.',
    purged_one: 'Cleaned up: {{count}} note deleted.',
    purged_other: 'Cleaned up: {{count}} notes deleted.',
  },
  person: {
    title: "A person's data",
    intro:
      'Does someone ask for everything you keep about them (access), or for erasure? Choose the person. Both are recorded in the audit log.',
    choose: 'Person',
    choosePlaceholder: 'Choose someone',
    export: 'Export everything (JSON)',
    exported: 'The export has been downloaded.',
    exportHint:
      'The file holds everything Kring keeps about {{name}}, including what in Kring only {{name}} reads: their own cases, memos as a moderator, stories still being checked. Give it to {{name}} only.',
    eraseTitle: 'Erase data',
    rules: {
      intro: "What happens when you erase someone's data:",
      removed:
        'Gone: the membership, notifications, their own cases only they could read, their own notes as a listener, places in sessions and conversations that have not happened yet, invitations and mails to their e-mail address, and stories the storyteller had not approved yet.',
      kept: 'Kept, under a fixed pseudonym such as "{{example}}": what this person contributed to shared sessions, harvests, new practices, chapters of shared cases, consent they recorded, and the audit log. Colleagues and reports depend on it; it stays visible only to those who could already see it, and what was anonymous stays anonymous. Approved stories stay only for the circles the storyteller consented to.',
      account:
        'The account disappears completely if the person is a member nowhere else. If they also belong to another organisation or a learning network, the account stays there.',
      final: 'Erasure cannot be undone.',
    },
    confirmation: 'Type the name to confirm: {{name}}',
    erase: 'Erase data',
    erased: 'The data has been erased. What stays now carries the name {{pseudonym}}.',
    accountDeleted: 'The account has been deleted.',
    accountAnonymised:
      'The account could not be deleted because earlier data elsewhere refers to it; its name, e-mail address and password have been wiped.',
    accountKept: 'The account stays for the other organisation or network this person belongs to.',
    kept_one: '{{count}} contribution stays under the pseudonym.',
    kept_other: '{{count}} contributions stay under the pseudonym.',
    removed_one: '{{count}} item has been deleted.',
    removed_other: '{{count}} items have been deleted.',
  },
  myData: {
    title: 'My data',
    intro:
      'Download everything Kring keeps about you, as a file (JSON). Do you want your data erased? Ask the administrator of your organisation.',
    download: 'Download my data',
    downloaded: 'Your data has been downloaded.',
  },
};
