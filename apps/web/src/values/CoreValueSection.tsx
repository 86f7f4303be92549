import { childrenOfValue, VALUE_CONCERN_LABELS, type CoreValue } from '@kring/domain';
import { useId } from 'react';
import { useLocalized } from '../i18n/localized';
import { ValueItem } from './ValueItem';
import { useTexts } from './texts';

/** One kernwaarde with everything under it, in the order of Tabel 5. */
export function CoreValueSection({ value }: { value: CoreValue }) {
  const { t } = useTexts();
  const local = useLocalized();
  const headingId = useId();
  const children = childrenOfValue(value.id);
  const groups = [
    { title: t('values.subValues'), items: children.filter((c) => c.kind === 'sub_value') },
    { title: t('values.factors'), items: children.filter((c) => c.kind === 'factor') },
    { title: t('values.vulnerabilities'), items: children.filter((c) => c.kind === 'vulnerability'), empty: t('values.noVulnerabilities') },
  ];
  return (
    <section id={value.id} aria-labelledby={headingId} className="card core-value">
      <h3 id={headingId}>
        {value.position}. {local(value.name)}
      </h3>
      <p className="lead">{local(value.definition)}</p>
      <p className="muted">{t('values.concerns', { who: local(VALUE_CONCERN_LABELS[value.concerns]) })}</p>
      <h4>{t('values.prompts')}</h4>
      <ul className="prompts">
        {value.prompts.map((prompt) => (
          <li key={prompt.nl}>{local(prompt)}</li>
        ))}
      </ul>
      {groups.map((group) => (
        <div key={group.title}>
          <h4>{group.title}</h4>
          {group.items.length === 0 ? (
            <p className="muted">{group.empty}</p>
          ) : (
            <dl className="value-items">
              {group.items.map((item) => (
                <ValueItem key={item.id} name={item.name} text={item.definition} prompts={item.prompts} />
              ))}
            </dl>
          )}
        </div>
      ))}
    </section>
  );
}
