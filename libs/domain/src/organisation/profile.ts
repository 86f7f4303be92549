/**
 * Descriptive organisation profile (domain guide §1). Small-scale is defined by
 * how care is organised, so none of these is a size cap or a norm.
 */
export const ORGANISATION_KINDS = [
  'small_home', // kleinschalige woonvoorziening
  'care_farm', // zorgboerderij
  'family_home', // gezinshuis
  'day_activities', // dagbesteding
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const CLIENT_GROUPS = ['older_people', 'dementia', 'disability', 'youth', 'psychiatry', 'other'] as const;
export type ClientGroup = (typeof CLIENT_GROUPS)[number];

/** Financing streams (Wlz, Wmo, Jeugdwet, Zvw, PGB). */
export const FINANCING = ['wlz', 'wmo', 'jeugdwet', 'zvw', 'pgb'] as const;
export type Financing = (typeof FINANCING)[number];

/** Text limits of the profile: the API keeps them and the form counts towards them. */
export const ORGANISATION_LIMITS = {
  /** The organisation's own word for its residents ("bewoner", "deelnemer"): it goes into sentences and pseudonyms. */
  residentTerm: 40,
} as const;

export const LOCATION_KINDS = ['residence', 'care_farm', 'day_activities', 'other'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

type Labels<K extends string> = Record<K, { nl: string; en: string }>;

export const ORGANISATION_KIND_LABELS: Labels<OrganisationKind> = {
  small_home: { nl: 'Kleinschalige woonvoorziening', en: 'Small-scale home' },
  care_farm: { nl: 'Zorgboerderij', en: 'Care farm' },
  family_home: { nl: 'Gezinshuis', en: 'Family home' },
  day_activities: { nl: 'Dagbesteding', en: 'Day activities' },
  other: { nl: 'Anders', en: 'Other' },
};

export const CLIENT_GROUP_LABELS: Labels<ClientGroup> = {
  older_people: { nl: 'Ouderen', en: 'Older people' },
  dementia: { nl: 'Mensen met dementie', en: 'People with dementia' },
  disability: { nl: 'Mensen met een beperking', en: 'People with a disability' },
  youth: { nl: 'Jeugd', en: 'Youth' },
  psychiatry: { nl: 'Mensen met psychiatrische zorgvragen', en: 'People with psychiatric needs' },
  other: { nl: 'Anders', en: 'Other' },
};

export const FINANCING_LABELS: Labels<Financing> = {
  wlz: { nl: 'Wlz', en: 'Wlz (long-term care act)' },
  wmo: { nl: 'Wmo', en: 'Wmo (social support act)' },
  jeugdwet: { nl: 'Jeugdwet', en: 'Youth act' },
  zvw: { nl: 'Zvw', en: 'Zvw (health insurance act)' },
  pgb: { nl: 'PGB', en: 'Personal budget (PGB)' },
};

export const LOCATION_KIND_LABELS: Labels<LocationKind> = {
  residence: { nl: 'Woonvoorziening', en: 'Residence' },
  care_farm: { nl: 'Zorgboerderij', en: 'Care farm' },
  day_activities: { nl: 'Dagbesteding', en: 'Day activities' },
  other: { nl: 'Anders', en: 'Other' },
};
