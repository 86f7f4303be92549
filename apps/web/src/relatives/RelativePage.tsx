import { mirrorRelationLabels, MIRROR_RELATIONS, impliesLegalRepresentative, residentWords, type MirrorRelation } from '@kring/domain';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { RelativeInvitationDocument, SaveRelativeResponseDocument } from '../graphql/documents/relatives';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { ConfirmButton } from '../ui/Button';
import { GuardReaderContext } from '../ui/content-guard/guard-reader';
import { RadioGroup, SelectField } from '../ui/Field';
import { Form } from '../ui/Form';
import { Loading, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { ConsentChoices } from './ConsentChoices';
import { LinkUnavailable } from './LinkUnavailable';
import { InputBeforehand } from './PriorInput';
import { draftFrom, guardFindingsByField, saveInSteps, type LegalAnswer, type RelativeDraft } from './relative-draft';
import { RelativeState } from './RelativeState';
import { saveNotice } from './save-notice';
import { useReadingMode } from './reading-mode';
import { RelativeIntro } from './RelativeIntro';
import './relatives.css';
import { useTexts } from './texts';

// Only a relative whose team has sent the letter back reads it (and may save it as PDF): its layout and the
// download code come with it instead of with every first visit to the link (issue #10: ≤ 80 KB on an old phone).
const RelativeLetter = lazy(async () => ({ default: (await import('./RelativeLetter')).RelativeLetter }));

/**
 * A relative's (or resident's) own page, reached only through their personal
 * link: no account, no menu, nothing about anyone else. Plain Dutch first,
 * English through the language switch, and an easy-read variant that opens
 * first for residents.
 */
export function RelativePage() {
  const { token = '' } = useParams();
  const { data, error } = useQuery(RelativeInvitationDocument, { token });
  const { t } = useTexts();
  if (!data)
    return error ? (
      <LinkUnavailable error={error} />
    ) : (
      <Page title={t('relative.title')}>
        <Loading />
      </Page>
    );
  // What the content guard says on this page speaks to a relative: "u", and no pseudonym to use.
  return (
    <GuardReaderContext.Provider value="relative">
      <RelativeInvitation key={token} invitation={data.relativeInvitation} token={token} />
    </GuardReaderContext.Provider>
  );
}

function RelativeInvitation({ invitation: loaded, token }: { invitation: RelativeInvitationPartsFragment; token: string }) {
  const { t } = useTexts();
  const { date, options } = useLocale();
  const [language, setLanguage] = useLanguage();
  const [invitation, setInvitation] = useState(loaded);
  const [draft, setDraft] = useState<RelativeDraft>(() => draftFrom(loaded));
  const [easy, setEasy] = useReadingMode(loaded.kind === 'resident' || loaded.consentForm === 'easy_read');
  const [notice, setNotice] = useState<string>();
  // A text that reads like a complaint or an incident is not kept unless the relative chooses so: "Tekst weghalen" empties its box.
  const [save, { loading, error, removed }] = useMutation(SaveRelativeResponseDocument);
  // The choices are saved on their own before the texts (saveInSteps): busy from the first save until the second starts,
  // and whether they are stored while the text is refused (or waits for the relative's answer to the guard).
  const [savingChoices, setSavingChoices] = useState(false);
  const [choicesSaved, setChoicesSaved] = useState(false);
  // A save sent again while the last one waited for an answer settles that one: its late outcome changes nothing.
  const latest = useRef(0);
  const busy = loading || savingChoices;

  // The page opens in the language the invitation was sent in; the switch in the header changes it.
  const invitedIn = useRef(loaded.language);
  useEffect(() => setLanguage(invitedIn.current), [setLanguage]);

  const inputOpen = invitation.status === 'planned';
  const organisation = invitation.organisationName;
  // The organisation's own word for the people it cares for: "Wie bent u van de deelnemer?" at a day-care.
  const words = residentWords(invitation.residentTerm, language);

  const submit = async (consents = draft.consents) => {
    const mine = ++latest.current;
    setNotice(undefined);
    setChoicesSaved(false);
    setSavingChoices(true);
    const hadSaidYes = invitation.consents.length > 0;
    // Consent is never lost over a text: too long, or refused by the guard. What was typed stays.
    const done = await saveInSteps(
      async (input) => (await save({ input }))?.saveRelativeResponse,
      { ...draft, consents },
      token,
      easy ? 'easy_read' : 'standard',
      inputOpen,
      (chosen) => {
        setInvitation(chosen);
        setChoicesSaved(true);
        setSavingChoices(false);
      },
    ).finally(() => setSavingChoices(false));
    if (!done || mine !== latest.current) return;
    const { saved, texts } = done;
    setInvitation(saved);
    const keepTyped = texts === 'tooLong' || texts === 'refused';
    setDraft((typed) => (keepTyped ? { ...draftFrom(saved), freeText: typed.freeText, answers: typed.answers } : draftFrom(saved)));
    const wroteSomething = saved.freeText.trim() !== '' || saved.themeAnswers.some((a) => a.important.trim() || a.experienced.trim());
    const said = saveNotice({ saidYes: saved.consents.length > 0, hadSaidYes, texts, wroteSomething });
    if (said) setNotice(t(`relative.${said}`));
  };

  const chooseRelation = (value: string) => {
    const relation = value as MirrorRelation | '';
    setDraft((d) => ({ ...d, relation, legal: relation && impliesLegalRepresentative(relation) ? 'yes' : d.legal }));
  };

  // An invitation until the conversation begins; after that the page is where the relative finds it again (and the letter).
  const heading = inputOpen ? 'heading' : 'headingAfter';

  return (
    // Read on a phone by people who are often 80: larger text and targets than the app's other pages (relatives.css).
    <div className="relative-page">
      <Page title={easy ? t(`relative.easy.${heading}`) : t(`relative.${heading}`)}>
        <div className="relative-mode" role="group" aria-label={t('relative.readingMode.label')}>
          <button type="button" className="language-switch__option" aria-pressed={!easy} onClick={() => setEasy(false)}>
            {t('relative.readingMode.standard')}
          </button>
          <button type="button" className="language-switch__option" aria-pressed={easy} onClick={() => setEasy(true)}>
            {t('relative.readingMode.easy')}
          </button>
        </div>
        <RelativeState invitation={invitation} easy={easy} />
        {invitation.letter && (
          <Suspense fallback={<Loading />}>
            <RelativeLetter letter={invitation.letter} token={token} />
          </Suspense>
        )}
        {/* Before the conversation the explanation comes first; afterwards it is there for whoever wants to read it again. */}
        {invitation.status === 'planned' ? (
          <RelativeIntro invitation={invitation} easy={easy} />
        ) : (
          <details className="relative-again">
            <summary>{t('relative.readAgain')}</summary>
            <RelativeIntro invitation={invitation} easy={easy} />
          </details>
        )}

        {invitation.status !== 'cancelled' && (
          <Section title={t('relative.choicesTitle')} id="toestemming">
            <Form
              onSubmit={() => submit()}
              submitLabel={t('relative.save')}
              busy={busy}
              error={error}
              fields={['consents', 'relation', 'legalRepresentative']}
              status={removed ? t('escalation.removed') : notice}
            >
              <ConsentChoices
                values={draft.consents}
                onChange={(consents) => setDraft((d) => ({ ...d, consents }))}
                organisation={organisation}
                easy={easy}
              />
              {/* A resident speaks for themselves; the relation and legal representation are asked of relatives. */}
              {invitation.kind === 'relative' && (
                <>
                  <SelectField
                    label={t('relative.relation.label', words)}
                    optional={t('relative.optionalMark')}
                    emptyOption={t('relative.relation.choose')}
                    options={options(MIRROR_RELATIONS, mirrorRelationLabels(invitation.residentTerm))}
                    value={draft.relation}
                    onChange={chooseRelation}
                    error={error?.fields.relation}
                  />
                  <LegalRepresentative
                    value={draft.legal}
                    onChange={(legal) => setDraft((d) => ({ ...d, legal }))}
                    error={error?.fields.legalRepresentative}
                  />
                </>
              )}
              <InputBeforehand
                invitation={invitation}
                draft={draft}
                onChange={setDraft}
                easy={easy}
                found={error ? guardFindingsByField(error.findings, draft) : undefined}
              />
            </Form>
            {/* The form's own status gives way to the refusal; that the choices did not wait for the text is said right below it. */}
            {choicesSaved && error && (
              <p className="form__status" role="status">
                {t('relative.textNotSaved')}
              </p>
            )}
            {invitation.consents.length > 0 && (
              <p className="relative-withdraw">
                <ConfirmButton
                  label={t('relative.withdrawAll')}
                  target={invitation.theme}
                  confirmLabel={t('relative.confirmWithdraw')}
                  question={t('relative.confirmQuestion')}
                  busy={busy}
                  onConfirm={() => void submit([])}
                />
              </p>
            )}
            <p className="muted">{t('relative.expires', { date: date(invitation.expiresAt) })}</p>
          </Section>
        )}
      </Page>
    </div>
  );
}

function LegalRepresentative({ value, onChange, error }: { value: LegalAnswer; onChange: (value: LegalAnswer) => void; error?: string }) {
  const { t } = useTexts();
  return (
    <RadioGroup
      legend={t('relative.relation.legalLegend')}
      hint={t('relative.relation.legalHint')}
      name="legalRepresentative"
      options={(['yes', 'no', 'unknown'] as const).map((answer) => ({ value: answer, label: t(`relative.relation.${answer}`) }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
