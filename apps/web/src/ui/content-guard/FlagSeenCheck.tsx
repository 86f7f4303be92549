import { useTranslation } from 'react-i18next';
import './content-guard.css';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * The moderator's confirmation that they saw a text's flag (the input field `flagSeen`,
 * `mayHarvestFlagged` in libs/domain) before it enters a harvest: a case
 * session's draft taken over, a mirror conversation's statement quoted. The
 * server refuses without it; this is the same question asked on the screen,
 * right under the FlaggedMark.
 */
export function FlagSeenCheck({ checked, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="checkbox guard-flag__seen">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t('escalation.flagSeen')}
    </label>
  );
}
