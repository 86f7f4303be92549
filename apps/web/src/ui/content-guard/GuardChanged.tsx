import { forwardRef, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { GuardReaderContext } from './guard-reader';

/**
 * What the findings panel and the escalation prompt say once their text was edited after the check (useEditedSince):
 * the answer no longer describes it, and the next save or send is checked anew. "U" on a relative's page.
 */
export const GuardChanged = forwardRef<HTMLParagraphElement>(function GuardChanged(_props, ref) {
  const { t } = useTranslation();
  const relative = useContext(GuardReaderContext) === 'relative';
  return (
    <p ref={ref} className="guard" role="status">
      {t(relative ? 'contentGuard.relativeChanged' : 'contentGuard.changed')}
    </p>
  );
});
