import { LIMITS, type MirrorTopicKind } from '@kring/domain';
import { useState } from 'react';
import { SaveMirrorResponseDocument } from '../../graphql/documents/peer-visits';
import type { MirrorResponsePartsFragment } from '../../graphql/generated';
import { useMutation } from '../../graphql/hooks';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';

interface ResponseEditorProps {
  visitId: string;
  topicKind: MirrorTopicKind;
  topicId: string;
  label: string;
  response: MirrorResponsePartsFragment | undefined;
  open: boolean;
  onSaved: () => void;
}

/**
 * The host's response on one topic, written by the host or a visitor taking
 * notes. Saved on the version it was written on: when someone else saved in
 * between, the typed text stays and the other version is shown beside it.
 */
export function ResponseEditor({ visitId, topicKind, topicId, label, response, open, onSaved }: ResponseEditorProps) {
  const { t } = useTexts();
  const [text, setText] = useState(response?.body ?? '');
  const [base, setBase] = useState(response?.version ?? 0);
  const [save, { loading, error }] = useMutation(SaveMirrorResponseDocument);
  const [saved, setSaved] = useState(false);
  const changedElsewhere = response && response.version !== base;
  if (!open) return response ? <p className="prose response">{response.body}</p> : null;
  const submit = async () => {
    const result = await save({ input: { visitId, topicKind, topicId, body: text, baseVersion: base } });
    setSaved(!!result);
    if (result) setBase(result.saveMirrorResponse.version);
    // Also after a refusal: the fresh version then shows beside the typed text.
    onSaved();
  };
  return (
    <div className="response-editor">
      <TextAreaField
        label={label}
        optional
        rows={3}
        value={text}
        maxLength={LIMITS.longText}
        onChange={(v) => {
          setSaved(false);
          setText(v);
        }}
      />
      {changedElsewhere && (
        <Alert tone="info">
          {t('visits.conversation.otherVersion', { name: response.updatedBy ?? '' })} <q>{response.body}</q>
          <Button variant="secondary" onClick={() => setBase(response.version)}>
            {t('visits.conversation.takeTheirs')}
          </Button>
        </Alert>
      )}
      <ErrorAlert error={error} />
      {saved && (
        <p role="status" className="muted">
          {t('visits.conversation.saved')}
        </p>
      )}
      <Button variant="secondary" busy={loading} onClick={() => void submit()}>
        {t('visits.conversation.save')}
      </Button>
    </div>
  );
}
