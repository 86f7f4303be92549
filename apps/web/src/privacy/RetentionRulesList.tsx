import { RETENTION_RULES, retentionSentence } from '@kring/domain';
import { useLanguage } from '../i18n';
import { useTexts } from './texts';

/**
 * What Kring keeps only for a while, when it goes and why: every retention
 * rule the purge carries out, in plain words, so this list and the purge
 * come from one declaration. `period` is the organisation's chosen retention
 * period in words, when the viewer may know it.
 */
export function RetentionRulesList({ period }: { period?: string }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  return (
    <dl className="privacy__kinds">
      {RETENTION_RULES.map((rule) => (
        <div key={rule.kind}>
          <dt>{rule.name[language]}</dt>
          <dd>{rule.description[language]}</dd>
          <dd>{retentionSentence(rule.kind, language, period)}</dd>
          <dd>
            {t('privacy.retention.why')} {rule.why[language]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
