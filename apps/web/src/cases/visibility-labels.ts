import { CASE_VISIBILITIES, CASE_VISIBILITY_INFO, type CaseVisibility, type LocalizedText } from '@kring/domain';

/** The visibility levels' labels in the shape useLocale().label takes. */
export const visibilityLabels = Object.fromEntries(CASE_VISIBILITIES.map((v) => [v, CASE_VISIBILITY_INFO[v].label])) as Record<
  CaseVisibility,
  LocalizedText
>;
