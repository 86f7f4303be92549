import { useTranslation } from 'react-i18next';
import { Section } from '../ui/Section';

// Casusreflectie is built: the home page lists the viewer's sessions instead (UpcomingSessions);
// learning over time has its own card (LearningHomeCard).
const FEATURES = ['mirror', 'visit'] as const;

/**
 * What Kring is for, shown while those parts are not built yet. Each says
 * plainly that it is coming, so nobody goes looking for a button that is not there.
 */
export function AboutKring() {
  const { t } = useTranslation();
  return (
    <Section title={t('home.aboutTitle')}>
      <p>{t('home.aboutIntro')}</p>
      <p className="muted">{t('home.soonNote')}</p>
      <ul className="features">
        {FEATURES.map((feature) => (
          <li key={feature} className="card">
            <h3>
              {t(`home.features.${feature}.title`)} <span className="badge">{t('home.soon')}</span>
            </h3>
            <p>{t(`home.features.${feature}.text`)}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
