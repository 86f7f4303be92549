import { CORE_VALUES, LIMITS, MIRROR_THEMES, PEER_VISIT_LIMITS } from '@kring/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DeclineLensProposalDocument,
  type LensPartsFragment,
  NetworkLensDocument,
  type NetworkLensQuery,
  ProposeLensChangeDocument,
  PublishLensVersionDocument,
} from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { MIRROR_THEME_NAMES, VALUE_NAMES } from '../peer-visits';
import { Button } from '../ui/Button';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../ui/Field';
import { Form } from '../ui/Form';
import { LoadError, Loading } from '../ui/Page';
import { useLocalized } from '../i18n/localized';
import type { NetworkSectionProps } from './NetworkPage';

type Overview = NetworkLensQuery['networkLens'];
type Proposal = Overview['proposals'][number];

/**
 * The network's observation lens (kijkwijzer) as versioned data: what
 * visitors look at and why. Members propose changes; the coordinator
 * publishes a new version; visits keep the version they agreed on.
 */
export function LensSection({ network }: NetworkSectionProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NetworkLensDocument, { networkId: network.id });
  const [form, setForm] = useState<'propose' | 'publish' | null>(null);
  if (!data) return error ? <LoadError error={error} onRetry={refetch} /> : <Loading />;
  const lens = data.networkLens;
  return (
    <>
      <LensView lens={lens.current} />
      {lens.versions.length > 1 && (
        <details>
          <summary>{t('network.lens.history', { count: lens.versions.length })}</summary>
          {lens.versions.slice(1).map((v) => (
            <LensView key={v.version} lens={v} />
          ))}
        </details>
      )}
      <div className="actions">
        {lens.viewerCanPropose && form !== 'propose' && (
          <Button variant="secondary" onClick={() => setForm('propose')}>
            {t('network.lens.propose')}
          </Button>
        )}
        {lens.viewerCanPublish && form !== 'publish' && (
          <Button variant="secondary" onClick={() => setForm('publish')}>
            {t('network.lens.publish')}
          </Button>
        )}
      </div>
      {form && (
        <LensForm
          key={form}
          mode={form}
          network={network}
          base={lens.current}
          openProposals={lens.proposals.filter((p) => p.status === 'open')}
          onDone={() => {
            setForm(null);
            refetch();
          }}
        />
      )}
      <Proposals proposals={lens.proposals} canDecide={lens.viewerCanPublish} onChanged={refetch} />
    </>
  );
}

function LensView({ lens }: { lens: LensPartsFragment }) {
  const { t } = useTranslation();
  const { date } = useLocale();
  const local = useLocalized();
  return (
    <div className="card lens">
      <h3>{lens.version === 0 ? t('network.lens.starting') : t('network.lens.version', { version: lens.version })}</h3>
      {lens.publishedAt && <p className="muted">{t('network.lens.published', { date: date(lens.publishedAt), name: lens.publishedBy ?? '—' })}</p>}
      {lens.changeNote && <p className="muted">{lens.changeNote}</p>}
      <p className="prose">{lens.purpose}</p>
      <dl className="details">
        <dt>{t('network.lens.values')}</dt>
        <dd>{lens.valueIds.map((id) => local(VALUE_NAMES.get(id)!)).join(', ') || '—'}</dd>
        <dt>{t('network.lens.themes')}</dt>
        <dd>{lens.mirrorThemeIds.map((id) => local(MIRROR_THEME_NAMES.get(id)!)).join(', ') || '—'}</dd>
        {lens.questions.length > 0 && (
          <>
            <dt>{t('network.lens.questions')}</dt>
            <dd>
              <ul>
                {lens.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

interface LensFormProps {
  mode: 'propose' | 'publish';
  network: NetworkSectionProps['network'];
  base: LensPartsFragment;
  openProposals: Proposal[];
  onDone: () => void;
}

function LensForm({ mode, network, base, openProposals, onDone }: LensFormProps) {
  const { t } = useTranslation();
  const local = useLocalized();
  const [propose, proposing] = useMutation(ProposeLensChangeDocument);
  const [publish, publishing] = useMutation(PublishLensVersionDocument);
  const [values, setValues] = useState({
    purpose: base.purpose,
    valueIds: [...base.valueIds],
    mirrorThemeIds: [...base.mirrorThemeIds],
    questions: base.questions.join('\n'),
    note: '',
    organisationId: network.viewerOrganisations[0]?.id ?? '',
    adopted: [] as string[],
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const lens = { purpose: values.purpose, valueIds: values.valueIds, mirrorThemeIds: values.mirrorThemeIds, lookForQuestions: values.questions.split('\n').map((q) => q.trim()).filter(Boolean) };
  const error = mode === 'propose' ? proposing.error : publishing.error;
  const submit = async () => {
    const done =
      mode === 'propose'
        ? await propose({ input: { networkId: network.id, organisationId: values.organisationId, motivation: values.note, ...lens } })
        : await publish({ input: { networkId: network.id, changeNote: values.note, adoptedProposalIds: values.adopted, ...lens } });
    if (done) onDone();
  };
  return (
    <div className="subsection">
      <h3>{mode === 'propose' ? t('network.lens.proposeTitle') : t('network.lens.publishTitle', { version: base.version + 1 })}</h3>
      <Form
        onSubmit={submit}
        submitLabel={mode === 'propose' ? t('network.lens.proposeSubmit') : t('network.lens.publishSubmit')}
        busy={proposing.loading || publishing.loading}
        error={error}
        fields={['purpose', 'valueIds', 'mirrorThemeIds', 'lookForQuestions', 'motivation', 'changeNote']}
        label={mode === 'propose' ? t('network.lens.proposeTitle') : t('network.lens.publishTitle', { version: base.version + 1 })}
      >
        {mode === 'propose' && network.viewerOrganisations.length > 1 && (
          <SelectField label={t('fields.organisation')} value={values.organisationId} onChange={(v) => set('organisationId', v)} options={network.viewerOrganisations.map((o) => ({ value: o.id, label: o.name }))} />
        )}
        <TextAreaField label={t('network.lens.purpose')} hint={t('network.lens.purposeHint')} rows={3} maxLength={LIMITS.shortText} value={values.purpose} onChange={(v) => set('purpose', v)} error={error?.fields.purpose} />
        <CheckboxGroup legend={t('network.lens.values')} name="valueIds" options={CORE_VALUES.map((v) => ({ value: v.id as string, label: local(v.name) }))} values={values.valueIds} onChange={(v) => set('valueIds', v)} error={error?.fields.valueIds} />
        <CheckboxGroup legend={t('network.lens.themes')} name="mirrorThemeIds" options={MIRROR_THEMES.map((m) => ({ value: m.id as string, label: local(m.name) }))} values={values.mirrorThemeIds} onChange={(v) => set('mirrorThemeIds', v)} error={error?.fields.mirrorThemeIds} />
        <TextAreaField
          label={t('network.lens.questions')}
          hint={t('network.lens.questionsHint', { max: PEER_VISIT_LIMITS.maxLensQuestions })}
          optional
          rows={4}
          value={values.questions}
          onChange={(v) => set('questions', v)}
          error={error?.fields.lookForQuestions}
        />
        {mode === 'publish' && openProposals.length > 0 && (
          <CheckboxGroup
            legend={t('network.lens.adopts')}
            name="adoptedProposalIds"
            options={openProposals.map((p) => ({ value: p.id, label: `${p.organisation.name}: ${p.motivation}` }))}
            values={values.adopted}
            onChange={(v) => set('adopted', v)}
          />
        )}
        <TextField
          label={mode === 'propose' ? t('network.lens.motivation') : t('network.lens.changeNote')}
          maxLength={LIMITS.shortText}
          value={values.note}
          onChange={(v) => set('note', v)}
          error={error?.fields.motivation ?? error?.fields.changeNote}
        />
      </Form>
      <Button variant="secondary" onClick={onDone}>
        {t('form.cancel')}
      </Button>
    </div>
  );
}

function Proposals({ proposals, canDecide, onChanged }: { proposals: Proposal[]; canDecide: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  if (proposals.length === 0) return null;
  return (
    <div className="subsection">
      <h3>{t('network.lens.proposals')}</h3>
      <ul className="card-list">
        {proposals.map((p) => (
          <li key={p.id} className="card">
            <p>
              <strong>{p.organisation.name}</strong> <span className="muted">· {p.proposedBy} · {t(`network.lens.status.${p.status}`, { version: p.adoptedInVersion })}</span>
            </p>
            <p>{p.motivation}</p>
            <p className="muted">
              {[...p.valueIds.map((id) => local(VALUE_NAMES.get(id)!)), ...p.mirrorThemeIds.map((id) => local(MIRROR_THEME_NAMES.get(id)!))].join(', ')}
            </p>
            {p.decisionNote && <p className="muted">{p.decisionNote}</p>}
            {canDecide && p.status === 'open' && <DeclineProposal proposal={p} onDeclined={onChanged} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DeclineProposal({ proposal, onDeclined }: { proposal: Proposal; onDeclined: () => void }) {
  const { t } = useTranslation();
  const [decline, { loading, error }] = useMutation(DeclineLensProposalDocument);
  const [note, setNote] = useState('');
  return (
    <Form
      onSubmit={async () => (await decline({ input: { proposalId: proposal.id, decisionNote: note } })) && onDeclined()}
      submitLabel={t('network.lens.decline')}
      busy={loading}
      error={error}
      fields={['decisionNote']}
      label={t('network.lens.decline')}
    >
      <TextField label={t('network.lens.declineNote')} value={note} onChange={setNote} error={error?.fields.decisionNote} />
    </Form>
  );
}
