import { LENS_USE_LABELS, LENSES, MENSPERSPECTIEF } from '@kring/domain';
import { useId } from 'react';
import { Section } from '../ui/Section';
import { useLocalized } from '../i18n/localized';
import { ValueItem } from './ValueItem';
import { useTexts } from './texts';

/** The lenses a session can choose besides the mensperspectief, which the page above already shows in full. */
export function LensesSection() {
  const { t } = useTexts();
  const local = useLocalized();
  const headingPrefix = useId();
  const lenses = LENSES.filter((lens) => lens.id !== MENSPERSPECTIEF.id);
  return (
    <Section id="lenzen" title={t('values.lensesTitle')}>
      <p>{t('values.lensesIntro')}</p>
      {lenses.map((lens) => (
        <section key={lens.id} id={`lens-${lens.id}`} aria-labelledby={`${headingPrefix}-${lens.id}`} className="card">
          <h3 id={`${headingPrefix}-${lens.id}`}>{local(lens.name)}</h3>
          <p>{local(lens.description)}</p>
          <p className="muted">
            {t('values.lensUse', { use: local(LENS_USE_LABELS[lens.use]) })}
            <br />
            {t('values.source', { source: local(lens.source), version: lens.version })}
          </p>
          <dl className="value-items">
            {lens.items.map((item) => (
              <ValueItem key={item.id} name={item.name} text={item.description} prompts={item.prompts} />
            ))}
          </dl>
        </section>
      ))}
    </Section>
  );
}
