import { useTranslation } from 'react-i18next';
import './content-guard.css';

/**
 * The mark on a text its author kept through an escalation prompt ("Toch
 * bewaren"): whoever reads it, the moderator first, sees that it looked like
 * a complaint, an incident, abuse or a data breach and may belong in the
 * organisation's own procedure rather than here.
 */
export function FlaggedMark() {
  const { t } = useTranslation();
  return (
    <p className="guard-flag" role="note">
      <strong>{t('escalation.flagged')}</strong> {t('escalation.flaggedWhy')}
    </p>
  );
}
