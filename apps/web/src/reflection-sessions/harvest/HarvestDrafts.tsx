import { errorMessage, FLAGGED_HARVEST_CODE, HARVEST_DRAFT_TARGETS, LIMITS, mayHarvestFlagged, SESSION_LIMITS } from '@kring/domain';
import { useState } from 'react';
import { AcceptHarvestDraftDocument, RemoveHarvestDraftDocument } from '../../graphql/documents/reflection-sessions';
import type { HarvestPartsFragment } from '../../graphql/generated';
import { useMutation } from '../../graphql/hooks';
import { useLanguage } from '../../i18n';
import { useLocalized } from '../../i18n/localized';
import { ConfirmButton } from '../../ui/Button';
import { Alert } from '../../ui/Alert';
import { FlaggedMark } from '../../ui/content-guard/FlaggedMark';
import { FlagSeenCheck } from '../../ui/content-guard/FlagSeenCheck';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RadioGroup, TextAreaField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { Section } from '../../ui/Section';
import { useTexts } from '../texts';

type Draft = HarvestPartsFragment['drafts'][number];

interface Props {
  sessionId: string;
  drafts: readonly Draft[];
  editable: boolean;
  onChanged: () => void;
}

/**
 * "Uit de bijeenkomst": what phases such as "Lessen" wrote for the harvest
 * (their behaviour's harvestFlow) arrives here as drafts. The moderator edits
 * each and takes it over, or removes it; the report waits until none is left.
 * The phase only guesses what a draft becomes: the moderator chooses (a
 * "practice" that is really something learned becomes an insight, without an
 * invented who and date); who and when are asked for a practice only.
 * A draft whose contribution was kept through an escalation prompt shows the
 * same mark as in the live room and is taken over only after "Ik heb de
 * markering gezien" (the server asks the same, mayHarvestFlagged).
 */
export function HarvestDrafts({ sessionId, drafts, editable, onChanged }: Props) {
  const { t } = useTexts();
  if (drafts.length === 0) return null;
  return (
    <Section title={t('sessions.harvest.drafts.title', { count: drafts.length })}>
      <p className="muted">{t('sessions.harvest.drafts.intro')}</p>
      <ul className="harvest-drafts">
        {drafts.map((draft) => (
          <DraftRow key={draft.id} sessionId={sessionId} draft={draft} editable={editable} onChanged={onChanged} />
        ))}
      </ul>
    </Section>
  );
}

function DraftRow({
  sessionId,
  draft,
  editable,
  onChanged,
}: {
  sessionId: string;
  draft: Draft;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const local = useLocalized();
  const [accept, accepting] = useMutation(AcceptHarvestDraftDocument);
  const [flagSeen, setFlagSeen] = useState(false);
  const [unseen, setUnseen] = useState(false);
  const [remove, removing] = useMutation(RemoveHarvestDraftDocument);
  // Who and when stay in the form while another target is chosen, so choosing practice again brings them back.
  const form = useForm({ target: draft.target, body: draft.body, who: '', lookBackOn: '' });
  const { target } = form.values;
  const practice = target === 'practice';
  const label = t(`sessions.harvest.drafts.becomes.${target}`);
  const take = async () => {
    // Asked here first, so the moderator is not sent through the escalation prompt for a flag they have not confirmed.
    if (!mayHarvestFlagged(draft, flagSeen)) return setUnseen(true);
    const { body, who, lookBackOn } = form.values;
    const input = {
      sessionId,
      draftId: draft.id,
      target,
      body,
      flagSeen,
      ...(practice ? { who: who || null, lookBackOn: lookBackOn || null } : {}),
    };
    if (await accept({ input })) onChanged();
  };
  return (
    <li className="card">
      <p className="muted">{t('sessions.harvest.drafts.from', { phase: local(draft.phaseTitle) })}</p>
      {draft.flagged && <FlaggedMark />}
      {draft.flagged && editable && (
        <>
          <FlagSeenCheck
            checked={flagSeen}
            onChange={(seen) => {
              setFlagSeen(seen);
              setUnseen(false);
            }}
          />
          {unseen && <Alert tone="error">{errorMessage(FLAGGED_HARVEST_CODE, language)}</Alert>}
        </>
      )}
      {editable ? (
        <Form
          onSubmit={take}
          submitLabel={t('sessions.harvest.drafts.accept')}
          busy={accepting.loading}
          error={accepting.error}
          fields={form.names}
          label={`${label}: ${local(draft.phaseTitle)}`}
        >
          <RadioGroup
            legend={t('sessions.harvest.drafts.targetLegend')}
            name="target"
            options={HARVEST_DRAFT_TARGETS.map((value) => ({
              value,
              label: (
                <span>
                  {t(`sessions.harvest.drafts.targets.${value}.label`)}
                  <span className="choice__explanation">{t(`sessions.harvest.drafts.targets.${value}.explanation`)}</span>
                </span>
              ),
            }))}
            value={target}
            onChange={(value) => form.set('target', value)}
            error={accepting.error?.fields.target}
          />
          <TextAreaField
            label={label}
            rows={3}
            // A practice is as short as one typed in by hand; the counter and the refusal say so, nothing is cut.
            maxLength={practice ? LIMITS.shortText : SESSION_LIMITS.harvestTextMaxLength}
            {...form.field('body', accepting.error)}
          />
          {practice && (
            <>
              <TextField
                label={t('sessions.practices.whoField')}
                hint={t('sessions.practices.whoHint')}
                maxLength={LIMITS.name}
                {...form.field('who', accepting.error)}
              />
              <TextField
                label={t('sessions.practices.lookBackField')}
                hint={t('sessions.practices.lookBackHint')}
                type="date"
                {...form.field('lookBackOn', accepting.error)}
              />
            </>
          )}
        </Form>
      ) : (
        <p className="prose">{draft.body}</p>
      )}
      <ErrorAlert error={removing.error} />
      {editable && (
        <ConfirmButton
          label={t('sessions.live.entries.remove')}
          target={draft.body.slice(0, 60)}
          confirmLabel={t('sessions.live.entries.confirmRemove')}
          busy={removing.loading}
          onConfirm={async () => {
            if (await remove({ sessionId, draftId: draft.id })) onChanged();
          }}
        />
      )}
    </li>
  );
}
