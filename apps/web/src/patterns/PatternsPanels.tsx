import { findFrameworkItem, GROWING_QUARTERS, RULE_DROP_EXAMPLES, RULE_WORD_EXAMPLES } from '@kring/domain';
import type { ValuePatternsPartsFragment } from '../graphql/generated';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { Section } from '../ui/Section';
import { SmallNumber, useSmallNumber } from '../ui/SmallNumber';
import { TableWrap } from '../ui/TableWrap';
import { useTexts } from './texts';

type Patterns = ValuePatternsPartsFragment;

/** Vulnerabilities tagged as under pressure or as a question, those that come back first. */
export function VulnerabilityList({ patterns }: { patterns: Patterns }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { quarter: quarterName } = useLocale();
  const shown = useSmallNumber();
  return (
    <Section title={t('patterns.vulnerabilities.title')}>
      <p>{t('patterns.vulnerabilities.intro')}</p>
      {patterns.vulnerabilities.length === 0 ? (
        <p>{t('patterns.vulnerabilities.none')}</p>
      ) : (
        <ul className="plain-list">
          {patterns.vulnerabilities.map((v) => (
            <li key={v.vulnerabilityId}>
              <strong>{findFrameworkItem(v.vulnerabilityId)?.name[language] ?? v.vulnerabilityId}</strong>
              {v.recurring && <span className="badge"> {t('patterns.vulnerabilities.recurring')}</span>}
              <br />
              {t('patterns.vulnerabilities.quarters', { quarters: v.quarters.map(quarterName).join(', ') })} ·{' '}
              {t('patterns.vulnerabilities.count', { count: shown(v.count) })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The "new internal systems" signal, with how Kring reads it from the practices agreed. */
export function InternalSystemsPanel({ patterns }: { patterns: Patterns }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { quarter: quarterName } = useLocale();
  const signal = patterns.internalSystems;
  const network = patterns.level === 'network';
  return (
    <Section title={t('patterns.systems.title')}>
      <div className={signal.raised ? 'signal signal--raised' : 'signal'} role="status">
        <p>
          <strong>{signal.raised ? t('patterns.systems.raised') : t('patterns.systems.quiet')}</strong>
        </p>
        {signal.rulesKeepGrowing && (
          <p>{t(network ? 'patterns.systems.growingNetwork' : 'patterns.systems.growing', { quarters: GROWING_QUARTERS })}</p>
        )}
        {signal.riskTagged && <p>{t(network ? 'patterns.systems.taggedNetwork' : 'patterns.systems.tagged')}</p>}
        {signal.raised && <p>{t('patterns.systems.prompt')}</p>}
      </div>
      <details>
        <summary>{t('patterns.systems.how')}</summary>
        <p>
          {t(network ? 'patterns.systems.howTextNetwork' : 'patterns.systems.howText', {
            adds: RULE_WORD_EXAMPLES[language],
            drops: RULE_DROP_EXAMPLES[language],
            quarters: GROWING_QUARTERS,
          })}
        </p>
        <TableWrap label={t('patterns.systems.table')}>
          <table className="patterns-table">
            <caption>{t('patterns.systems.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('patterns.heatMap.value')}</th>
                {signal.quarters.map((q) => (
                  <th key={q.quarter} scope="col">
                    {quarterName(q.quarter)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('patterns.systems.adds')}</th>
                {signal.quarters.map((q) => (
                  <td key={q.quarter}>
                    <SmallNumber count={q.addsRule} />
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('patterns.systems.drops')}</th>
                {signal.quarters.map((q) => (
                  <td key={q.quarter}>
                    <SmallNumber count={q.dropsRule} />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </TableWrap>
      </details>
    </Section>
  );
}
