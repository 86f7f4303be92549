import { Link } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';
import { MIRROR_PATH } from '../mirror-conversations';
import { PEER_VISITS_PATH } from '../peer-visits';
import { Section } from '../ui/Section';
import { useTexts } from './texts';

/** The three activities Kring supports, each leading to its page for members of an organisation (the pages are theirs). */
const FEATURES = [
  { key: 'sessions', path: '/sessies' },
  { key: 'mirror', path: MIRROR_PATH },
  { key: 'visit', path: PEER_VISITS_PATH },
] as const;

export function AboutKring() {
  const { t } = useTexts();
  const member = organisationsOf(useViewer()).length > 0;
  return (
    <Section title={t('home.aboutTitle')}>
      <p>{t('home.aboutIntro')}</p>
      <ul className="features">
        {FEATURES.map(({ key, path }) => (
          <li key={key} className="card">
            <h3>{member ? <Link to={path}>{t(`home.features.${key}.title`)}</Link> : t(`home.features.${key}.title`)}</h3>
            <p>{t(`home.features.${key}.text`)}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
