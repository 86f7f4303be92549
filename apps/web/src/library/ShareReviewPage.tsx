import {
  coreValueOf,
  LIBRARY_AUDIENCE_LABELS,
  LIBRARY_LIMITS,
  LIBRARY_SOURCE_KINDS,
  maskIdentifyingDetails,
  type IdentifyingDetail,
  type IdentifyingDetailKind,
  type LibraryAudience,
  type LibrarySourceKind,
} from '@kring/domain';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { HighlightedText } from '../ui/content-guard/HighlightedText';
import '../cases/cases.css';
import { CheckLibraryTextDocument, LibraryShareDraftDocument, ShareInLibraryDocument } from '../graphql/documents/library';
import type { LibraryShareDraftQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { coreValueOptions } from '../stories';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CheckboxGroup, RadioGroup, TextAreaField, TextField } from '../ui/Field';
import { Form } from '../ui/Form';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import './library.css';
import { useLibraryContext } from './useLibraryContext';
import { useTexts } from './texts';

type Draft = LibraryShareDraftQuery['libraryShareDraft'];
type Finding = Draft['findings'][number];

/** Wait this long after the last keystroke before checking again, so typing stays smooth. */
const TYPING_PAUSE_MS = 700;

/** The anonymisation review before sharing (/bibliotheek/delen/:kind/:id?organisatie=…). */
export function ShareReviewPage() {
  const { t } = useTexts();
  const { kind = '', id = '' } = useParams();
  const { organisationId } = useLibraryContext();
  const sourceKind = (LIBRARY_SOURCE_KINDS as readonly string[]).includes(kind) ? (kind as LibrarySourceKind) : null;
  const draft = useQuery(LibraryShareDraftDocument, {
    input: { organisationId: organisationId ?? '', sourceKind: sourceKind ?? 'case', sourceId: id },
  });
  if (!organisationId || !sourceKind)
    return (
      <Page title={t('library.review.title')}>
        <Alert tone="info">{t('library.item.unreadable')}</Alert>
      </Page>
    );
  if (!draft.data) return <Page title={t('library.review.title')} notLoaded={{ error: draft.error, onRetry: draft.refetch }} />;
  return <Review key={`${kind}:${id}`} draft={draft.data.libraryShareDraft} organisationId={organisationId} sourceKind={sourceKind} />;
}

function Review({ draft, organisationId, sourceKind }: { draft: Draft; organisationId: string; sourceKind: LibrarySourceKind }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { label } = useLocale();
  const navigate = useNavigate();
  const [share, { loading, error }] = useMutation(ShareInLibraryDocument);
  const allowed = draft.source.allowedAudiences;
  const [title, setTitle] = useState(draft.maskedTitle);
  const [body, setBody] = useState(draft.maskedBody);
  const [audience, setAudience] = useState<LibraryAudience | ''>(draft.source.share?.audience ?? (allowed.length === 1 ? allowed[0] : ''));
  const [valueIds, setValueIds] = useState<string[]>(() => [...new Set(draft.suggestedValueIds.flatMap((v) => coreValueOf(v)?.id ?? []))]);
  const [checked, setChecked] = useState({ title, body });

  // The same guard as the share itself, over the texts as they are now (after a pause in typing).
  useEffect(() => {
    const timer = setTimeout(() => setChecked({ title, body }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [title, body]);
  const check = useQuery(CheckLibraryTextDocument, { organisationId, sourceKind, sourceId: draft.source.sourceId, ...checked });
  const current = check.data && checked.title === title && checked.body === body ? check.data.checkLibraryText : null;
  const inField = (findings: readonly Finding[], field: string) => findings.filter((f) => f.field === field);

  const mask = () => {
    if (!current) return;
    setTitle(maskIdentifyingDetails(title, inField(current, 'title').map(asDetail), language));
    setBody(maskIdentifyingDetails(body, inField(current, 'body').map(asDetail), language));
  };
  const submit = async () => {
    const done = await share({
      input: { organisationId, sourceKind, sourceId: draft.source.sourceId, audience: audience as LibraryAudience, title, body, valueIds },
    });
    if (done) void navigate(`/bibliotheek/${done.shareInLibrary.id}?organisatie=${organisationId}`);
  };

  return (
    <Page title={t('library.review.title')}>
      <Section title={t('library.review.original')}>
        {draft.findings.length === 0 ? (
          <p>{t('library.review.clean')}</p>
        ) : (
          <div className="library-review">
            <p className="field__hint">{t('library.review.originalHint')}</p>
            <HighlightedText text={draft.title} findings={inField(draft.findings, 'title')} />
            <HighlightedText text={draft.body} findings={inField(draft.findings, 'body')} />
          </div>
        )}
      </Section>
      <Section title={t('library.review.proposal')}>
        <p className="field__hint">{t('library.review.proposalHint')}</p>
        <Form
          onSubmit={submit}
          submitLabel={t('library.review.submit')}
          busy={loading}
          error={error}
          fields={['title', 'body', 'audience', 'valueIds']}
        >
          <TextField
            label={t('library.review.titleField')}
            name="title"
            maxLength={LIBRARY_LIMITS.title}
            value={title}
            onChange={setTitle}
            error={error?.fields.title}
          />
          <TextAreaField
            label={t('library.review.bodyField')}
            name="body"
            rows={10}
            maxLength={LIBRARY_LIMITS.body}
            value={body}
            onChange={setBody}
            error={error?.fields.body}
          />
          {!current ? (
            <p className="muted" role="status">
              {t('library.review.checking')}
            </p>
          ) : (
            current.length > 0 && (
              <div className="guard" role="region" aria-label={t('library.review.stillFound')}>
                <h3>{t('library.review.stillFound')}</h3>
                {inField(current, 'title').length > 0 && <HighlightedText text={title} findings={inField(current, 'title')} />}
                {inField(current, 'body').length > 0 && <HighlightedText text={body} findings={inField(current, 'body')} />}
                <Button variant="secondary" onClick={mask}>
                  {t('library.review.mask')}
                </Button>
              </div>
            )
          )}
          <RadioGroup
            legend={t('library.review.audience')}
            name="audience"
            options={allowed.map((option) => ({ value: option, label: label(LIBRARY_AUDIENCE_LABELS, option) }))}
            value={audience}
            onChange={setAudience}
            error={error?.fields.audience}
            // Its own colleagues read an item only with consent for the organisation (the API's allowedForReader).
            hint={audience === 'network' && !allowed.includes('organisation') ? t('library.review.networkOnly') : undefined}
          />
          <CheckboxGroup
            legend={t('library.review.values')}
            hint={t('library.review.valuesHint')}
            name="valueIds"
            options={coreValueOptions(language)}
            values={valueIds}
            onChange={setValueIds}
          />
        </Form>
      </Section>
    </Page>
  );
}

/** The server's findings carry the kind as a plain string of the shared list. */
function asDetail(finding: Finding): IdentifyingDetail {
  return { kind: finding.kind as IdentifyingDetailKind, start: finding.start, end: finding.end, match: finding.match };
}
