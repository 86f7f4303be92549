/** Roles a person can hold in an organisation or a learning network (lidmaatschap). */
export const ROLES = ['administrator', 'entrepreneur', 'moderator', 'care_worker', 'network_coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person can hold in one organisation (invited for, or changed to); coordinators belong to a network. */
export const ORGANISATION_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'network_coordinator');

/** Roles that may manage an organisation's structure, members and invitations. */
export const ORGANISATION_MANAGER_ROLES: readonly Role[] = ['administrator', 'entrepreneur'];

/** Roles that may copy, build, change and archive the organisation's own methods (werkvormen). */
export const METHOD_EDITOR_ROLES: readonly Role[] = ['moderator', 'administrator', 'entrepreneur'];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  administrator: { nl: 'Beheerder', en: 'Administrator' },
  entrepreneur: { nl: 'Zorgondernemer', en: 'Care entrepreneur' },
  moderator: { nl: 'Gespreksleider', en: 'Moderator' },
  care_worker: { nl: 'Begeleider', en: 'Care worker' },
  network_coordinator: { nl: 'Coördinator lerend netwerk', en: 'Network coordinator' },
};
