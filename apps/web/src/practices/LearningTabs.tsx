import { Link } from 'react-router-dom';
import { LEARNING_PATHS, LearningPart, withOrganisation } from './paths';
import './learning.css';
import { useTexts } from './texts';

const PARTS: readonly LearningPart[] = ['practices', 'stories', 'library', 'patterns'];

/** The four parts of "Leren over tijd", as a navigation landmark of its own. */
export function LearningTabs({ current, organisationId }: { current: LearningPart; organisationId?: string }) {
  const { t } = useTexts();
  return (
    <nav className="learning-tabs" aria-label={t('practices.tabs.label')}>
      <ul>
        {PARTS.map((part) => (
          <li key={part}>
            <Link to={withOrganisation(LEARNING_PATHS[part], organisationId)} aria-current={part === current ? 'page' : undefined}>
              {t(`practices.tabs.${part}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
