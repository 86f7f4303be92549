import { Link } from 'react-router-dom';
import { Section } from '../ui/Section';
import { useTexts } from './texts';

/** On the home page: where cases are written and read. */
export function CasesHomeCard() {
  const { t } = useTexts();
  return (
    <Section title={t('cases.home.title')}>
      <p>{t('cases.home.text')}</p>
      <p className="link-alone">
        <Link to="/casussen">{t('cases.home.link')}</Link>
      </p>
    </Section>
  );
}
