import { Link } from 'react-router-dom';
import { Section } from '../ui/Section';
import { LEARNING_PATHS } from './paths';
import { useTexts } from './texts';

/** On the home page: the way into "Leren over tijd". */
export function LearningHomeCard() {
  const { t } = useTexts();
  return (
    <Section title={t('practices.home.title')}>
      <p>{t('practices.home.text')}</p>
      <ul className="learning-links link-list">
        <li>
          <Link to={LEARNING_PATHS.practices}>{t('practices.home.practices')}</Link>
        </li>
        <li>
          <Link to={LEARNING_PATHS.stories}>{t('practices.home.stories')}</Link>
        </li>
        <li>
          <Link to={LEARNING_PATHS.library}>{t('practices.home.library')}</Link>
        </li>
        <li>
          <Link to={LEARNING_PATHS.patterns}>{t('practices.home.patterns')}</Link>
        </li>
      </ul>
    </Section>
  );
}
