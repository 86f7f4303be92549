import type { TFunction } from 'i18next';
import { useState } from 'react';
import { AddCaseChapterDocument, UpdateCaseChapterDocument } from '../graphql/documents/cases';
import { useMutation } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ChapterFields, suggestedChapterTitle, type ChapterValues } from './ChapterFields';
import { GuardedForm, type GuardAnswers } from './GuardedForm';
import { useInPlaceOf } from '../ui/in-place';
import type { CaseData, CaseSectionProps } from './types';
import { useTexts } from './texts';

type Chapter = CaseData['chapters'][number];

/** The case's chapters in order; editors change them and add the next one (e.g. after a session). */
export function ChaptersSection({ caseData, onChanged }: CaseSectionProps) {
  const { t } = useTexts();
  const { date } = useLocale();
  const editing = useInPlaceOf<string>();
  const [notice, setNotice] = useState<string>();

  return (
    <>
      {notice && <Alert tone="success">{notice}</Alert>}
      {caseData.chapters.length === 0 && <p>{t('cases.chapters.empty')}</p>}
      {caseData.chapters.map((chapter) => (
        <article key={chapter.id} className="chapter" aria-labelledby={`hoofdstuk-${chapter.position}`}>
          <h3 id={`hoofdstuk-${chapter.position}`}>
            {chapter.position}. {chapter.title}
          </h3>
          {editing.opened === chapter.id ? (
            <EditChapter
              organisationId={caseData.organisationId}
              chapter={chapter}
              onDone={(saved) => {
                editing.stop();
                if (saved) {
                  setNotice(t('cases.chapters.saved'));
                  onChanged();
                }
              }}
            />
          ) : (
            <>
              <p className="prose">{chapter.body}</p>
              <p className="muted">
                {chapter.author && t('cases.chapters.by', { name: chapter.author.name })} · {date(chapter.updatedAt)}
              </p>
              {caseData.viewerCanEdit && (
                <Button
                  variant="secondary"
                  aria-label={t('cases.chapters.editLabel', { title: chapter.title })}
                  autoFocus={editing.returnsTo(chapter.id)}
                  onClick={() => editing.start(chapter.id)}
                >
                  {t('cases.chapters.edit')}
                </Button>
              )}
            </>
          )}
        </article>
      ))}
      {caseData.viewerCanEdit && (
        <AddChapter
          caseData={caseData}
          onAdded={() => {
            setNotice(t('cases.chapters.added'));
            onChanged();
          }}
        />
      )}
    </>
  );
}

function chapterTexts(values: ChapterValues, t: TFunction) {
  return [
    { field: 'title', name: 'chapterTitle', label: t('cases.fields.chapterTitle'), text: values.title },
    { field: 'body', name: 'chapterBody', label: t('cases.fields.chapterBody'), text: values.body },
  ];
}

function EditChapter({ organisationId, chapter, onDone }: { organisationId: string; chapter: Chapter; onDone: (saved: boolean) => void }) {
  const { t } = useTexts();
  const [update, { loading, error }] = useMutation(UpdateCaseChapterDocument);
  const [values, setValues] = useState<ChapterValues>({ title: chapter.title, body: chapter.body });

  const submit = async (answers: GuardAnswers) => {
    if (await update({ input: { chapterId: chapter.id, ...values, ...answers } })) onDone(true);
  };

  return (
    <GuardedForm
      organisationId={organisationId}
      texts={chapterTexts(values, t)}
      onSubmit={submit}
      submitLabel={t('cases.chapters.save')}
      busy={loading}
      error={error}
      fields={['title', 'body']}
      label={t('cases.chapters.editLabel', { title: chapter.title })}
      onCancel={() => onDone(false)}
    >
      <ChapterFields values={values} onChange={setValues} errors={{ title: error?.fields.title, body: error?.fields.body }} />
    </GuardedForm>
  );
}

function AddChapter({ caseData, onAdded }: { caseData: CaseData; onAdded: () => void }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const [add, { loading, error }] = useMutation(AddCaseChapterDocument);
  const next = caseData.chapters.length + 1;
  const [values, setValues] = useState<ChapterValues>({ title: suggestedChapterTitle(language, next), body: '' });

  const submit = async (answers: GuardAnswers) => {
    if (await add({ input: { caseId: caseData.id, ...values, ...answers } })) {
      setValues({ title: suggestedChapterTitle(language, next + 1), body: '' });
      onAdded();
    }
  };

  return (
    <div className="subsection">
      <h3>{t('cases.chapters.addTitle')}</h3>
      <p>{t('cases.chapters.addIntro')}</p>
      <GuardedForm
        organisationId={caseData.organisationId}
        texts={chapterTexts(values, t)}
        onSubmit={submit}
        submitLabel={t('cases.chapters.add')}
        busy={loading}
        error={error}
        fields={['title', 'body']}
        label={t('cases.chapters.addTitle')}
      >
        <ChapterFields values={values} onChange={setValues} errors={{ title: error?.fields.title, body: error?.fields.body }} />
      </GuardedForm>
    </div>
  );
}
