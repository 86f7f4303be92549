import { LIMITS } from '@kring/domain';
import { useState } from 'react';
import { HandReportToHostDocument, UpdateReportDraftDocument } from '../../graphql/documents/peer-visits';
import { useMutation } from '../../graphql/hooks';
import { ConfirmButton } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { TextAreaField } from '../../ui/Field';
import { Section } from '../../ui/Section';
import type { Report } from './MirrorReportPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';

/**
 * The visitors draft the report from their beelden: a summary, and which beelden go in. A Form, so a refusal of the
 * summary (too long, a name) is said beside it and by the button, in the box's own words, not once more on top.
 */
export function DraftEditor({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const { t } = useTexts();
  const [summary, setSummary] = useState(report.summary);
  const [excluded, setExcluded] = useState(report.notes.filter((n) => !n.inReport).map((n) => n.id));
  const [save, saving] = useMutation(UpdateReportDraftDocument);
  const [hand, handing] = useMutation(HandReportToHostDocument);
  const [saved, setSaved] = useState(false);
  const store = async () => {
    const done = await save({ input: { visitId: report.visitId, summary, excludedNoteIds: excluded } });
    setSaved(!!done);
    if (done) onChanged();
    return !!done;
  };
  return (
    <Section title={t('visits.report.draft.title')}>
      <p>{t('visits.report.draft.intro')}</p>
      <Form
        onSubmit={store}
        submitLabel={t('visits.report.draft.save')}
        busy={saving.loading}
        error={saving.error}
        fields={['summary']}
        label={t('visits.report.draft.title')}
        status={saved && t('visits.report.draft.saved')}
      >
        <TextAreaField
          label={t('visits.report.draft.summary')}
          name="summary"
          optional
          rows={6}
          maxLength={LIMITS.longText}
          value={summary}
          onChange={(v) => {
            setSaved(false);
            setSummary(v);
          }}
          error={saving.error?.fields.summary}
        />
        <fieldset className="field">
          <legend>{t('visits.report.draft.notes')}</legend>
          <ul className="card-list">
            {report.notes.map((n) => (
              <li key={n.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={!excluded.includes(n.id)}
                    onChange={(e) => {
                      setSaved(false);
                      setExcluded(e.target.checked ? excluded.filter((id) => id !== n.id) : [...excluded, n.id]);
                    }}
                  />
                  {n.body}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </Form>
      <div className="subsection">
        <ErrorAlert error={handing.error} />
        <ConfirmButton
          label={t('visits.report.draft.hand')}
          target={t('visits.report.title')}
          confirmLabel={t('visits.report.draft.handConfirm')}
          busy={handing.loading}
          onConfirm={() => void store().then(async (ok) => ok && (await hand({ visitId: report.visitId })) && onChanged())}
        />
      </div>
    </Section>
  );
}
