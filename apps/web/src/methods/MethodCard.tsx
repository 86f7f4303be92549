import { Link } from 'react-router-dom';
import type { MethodsQuery } from '../graphql/generated';
import { useLocalized } from '../i18n/localized';
import { useTexts } from './texts';

export type MethodSummary = MethodsQuery['methods'][number];

/** One method in the library: enough to choose, the rest is one click away. */
export function MethodCard({ method, to }: { method: MethodSummary; to: string }) {
  const { t } = useTexts();
  const local = useLocalized();
  return (
    <li className="card method-card">
      <h3>
        <Link to={to}>{local(method.name)}</Link>
      </h3>
      <p className="method-card__badges">
        <span className="badge badge--quiet">{t(`methods.source.${method.source}`)}</span>
        {method.custom && <span className="badge badge--quiet">{t('methods.ownVersion', { version: method.version })}</span>}
      </p>
      <p>{local(method.summary)}</p>
      <p className="muted">
        {t('methods.minutes', { minutes: method.durationMinutes })} · {t('methods.phaseCount', { count: method.phases.length })}
      </p>
    </li>
  );
}
