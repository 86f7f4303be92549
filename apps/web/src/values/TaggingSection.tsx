import { RECOGNISABILITY_LABELS, RECOGNISABILITY_LEVELS, TAG_DIRECTION_LABELS, TAG_DIRECTIONS } from '@kring/domain';
import { Section } from '../ui/Section';
import { useLocalized } from '../i18n/localized';
import { useTexts } from './texts';

/** How the framework is used: a value and a direction, or a recognisability level, never a score. */
export function TaggingSection() {
  const { t } = useTexts();
  const local = useLocalized();
  return (
    <Section id="labelen" title={t('values.taggingTitle')}>
      <p>{t('values.taggingIntro')}</p>
      <h3>{t('values.directionsTitle')}</h3>
      <dl className="details">
        {TAG_DIRECTIONS.map((direction) => (
          <div key={direction}>
            <dt>{local(TAG_DIRECTION_LABELS[direction])}</dt>
            <dd>{t(`values.directions.${direction}`)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('values.recognisabilityTitle')}</h3>
      <p>{t('values.recognisabilityIntro')}</p>
      <dl className="details">
        {RECOGNISABILITY_LEVELS.map((level) => (
          <div key={level}>
            <dt>{local(RECOGNISABILITY_LABELS[level])}</dt>
            <dd>{t(`values.recognisability.${level}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('values.patterns')}</p>
    </Section>
  );
}
