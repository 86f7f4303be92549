import { MENSPERSPECTIEF, VALUE_CONCERN_LABELS, VALUE_CONCERNS } from '@kring/domain';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { CoreValueSection } from './CoreValueSection';
import { LensesSection } from './LensesSection';
import { useLocalized } from '../i18n/localized';
import { TaggingSection } from './TaggingSection';
import { useTexts } from './texts';

/**
 * The mensperspectief and the further lenses: the team's shared language.
 * Static data from @kring/domain, the same the API tags with, so nothing is
 * fetched and the page works the moment it opens.
 */
export function ValuesPage() {
  const { t } = useTexts();
  const local = useLocalized();
  const framework = MENSPERSPECTIEF;

  return (
    <Page title={t('values.title')} wide>
      <p className="lead">
        <strong>{local(framework.name)}</strong>: {local(framework.description)}
      </p>
      <p className="muted">{t('values.source', { source: local(framework.source), version: framework.version })}</p>
      <nav className="section-nav" aria-label={t('values.sectionsLabel')}>
        <ul>
          {framework.values.map((value) => (
            <li key={value.id}>
              <a href={`#${value.id}`}>{local(value.name)}</a>
            </li>
          ))}
          <li>
            <a href="#labelen">{t('values.taggingTitle')}</a>
          </li>
          <li>
            <a href="#lenzen">{t('values.lensesTitle')}</a>
          </li>
        </ul>
      </nav>

      <Section id="voor-wie" title={t('values.concernsTitle')}>
        <p>{t('values.concernsIntro')}</p>
        <ul className="plain-list">
          {VALUE_CONCERNS.map((concern) => (
            <li key={concern}>
              <strong>{local(VALUE_CONCERN_LABELS[concern])}</strong>:{' '}
              {framework.values
                .filter((value) => value.concerns === concern)
                .map((value) => local(value.name))
                .join(', ')}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="kernwaarden" title={t('values.valuesTitle')}>
        {framework.values.map((value) => (
          <CoreValueSection key={value.id} value={value} />
        ))}
      </Section>

      <Section id="algemene-vragen" title={t('values.guidingTitle')}>
        <ul className="prompts">
          {framework.guidingQuestions.map((question) => (
            <li key={question.nl}>{local(question)}</li>
          ))}
        </ul>
      </Section>

      <TaggingSection />
      <LensesSection />
    </Page>
  );
}
