import { LocalizedText } from '../values/localized-text';

/**
 * planned (voorbereiden, uitnodigen) → live (het gesprek) → ended (oogsten) →
 * approved (oogst goedgekeurd: raw notes deleted; listener reflection and
 * letter back). A conversation that is planned or running can be cancelled
 * (gaat niet door); the invited relatives are told.
 */
export const MIRROR_STATUSES = ['planned', 'live', 'ended', 'approved', 'cancelled'] as const;
export type MirrorStatus = (typeof MIRROR_STATUSES)[number];

export const MIRROR_STATUS_LABELS: Readonly<Record<MirrorStatus, LocalizedText>> = {
  planned: { nl: 'In voorbereiding', en: 'Being prepared' },
  live: { nl: 'Gesprek bezig', en: 'In progress' },
  ended: { nl: 'Oogsten', en: 'Harvesting' },
  approved: { nl: 'Oogst goedgekeurd', en: 'Harvest approved' },
  cancelled: { nl: 'Gaat niet door', en: 'Cancelled' },
};
