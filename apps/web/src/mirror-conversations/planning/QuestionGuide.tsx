import { HARVEST_THEMES, MIRROR_LIMITS } from '@kring/domain';
import { useRef, useState } from 'react';
import { SaveMirrorQuestionGuideDocument } from '../../graphql/documents/mirror-conversations';
import { useMutation } from '../../graphql/hooks';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxGroup, TextAreaField } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { useLocalized } from '../../i18n/localized';
import type { ConversationSectionProps } from '../types';
import { unsendableQuestions } from './question-guide-check';
import { useTexts } from '../texts';

interface DraftQuestion {
  key: number;
  body: string;
  themeIds: string[];
}

let nextKey = 0;

/**
 * The question guide (gespreksleidraad): the questions in order, each with
 * the harvest themes it is about. The example questions ask for experiences,
 * never for a rating. Fixed once the conversation has started.
 */
export function QuestionGuide({ conversation, onChanged }: ConversationSectionProps) {
  const { t } = useTexts();
  const localized = useLocalized();
  const editable = conversation.viewerCanPlan && conversation.status === 'planned';
  const [questions, setQuestions] = useState<DraftQuestion[]>(() =>
    conversation.questions.map((q) => ({ key: nextKey++, body: q.body, themeIds: [...q.themeIds] })),
  );
  const [save, { loading, error }] = useMutation(SaveMirrorQuestionGuideDocument);
  const [saved, setSaved] = useState(false);
  // The questions left empty at the last try to save, by key: said beside each, until it is typed in.
  const [empty, setEmpty] = useState<ReadonlySet<number>>(new Set());
  const items = useRef(new Map<number, HTMLLIElement>());
  const themeOptions = HARVEST_THEMES.map((theme) => ({ value: theme.id as string, label: localized(theme.name) }));
  const themeName = (id: string) => themeOptions.find((o) => o.value === id)?.label ?? id;

  if (!editable) {
    return (
      <div className="subsection">
        <h3>{t('mirror.guide.title')}</h3>
        {conversation.questions.length === 0 ? (
          <p className="muted">{t('mirror.guide.empty')}</p>
        ) : (
          <ol className="mirror-guide">
            {conversation.questions.map((q) => (
              <li key={q.id}>
                {q.body}
                {q.themeIds.length > 0 && <span className="muted"> · {q.themeIds.map(themeName).join(', ')}</span>}
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  }

  const change = (key: number, patch: Partial<DraftQuestion>) => {
    setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...patch } : q)));
    if (patch.body?.trim() && empty.has(key)) setEmpty((keys) => new Set([...keys].filter((k) => k !== key)));
  };
  const move = (index: number, by: -1 | 1) =>
    setQuestions((qs) => {
      const next = [...qs];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const addExample = (themeId: string) => {
    const theme = HARVEST_THEMES.find((th) => th.id === themeId)!;
    setQuestions((qs) => [...qs, { key: nextKey++, body: localized(theme.exampleQuestion), themeIds: [theme.id] }]);
  };

  return (
    <div className="subsection">
      <h3>{t('mirror.guide.title')}</h3>
      <p>{t('mirror.guide.intro')}</p>
      {saved && <Alert tone="success">{t('mirror.guide.saved')}</Alert>}
      <Form
        label={t('mirror.guide.title')}
        onSubmit={async () => {
          setSaved(false);
          // An empty question is named beside its box, a too long one says so there already (the field's counter).
          const unsendable = unsendableQuestions(questions);
          setEmpty(new Set([...unsendable].filter(([, problem]) => problem === 'empty').map(([key]) => key)));
          const [first] = unsendable.keys();
          if (first !== undefined) {
            items.current.get(first)?.querySelector('textarea')?.focus();
            return;
          }
          if (
            await save({
              input: { conversationId: conversation.id, questions: questions.map(({ body, themeIds }) => ({ body, themeIds })) },
            })
          ) {
            setSaved(true);
            onChanged();
          }
        }}
        submitLabel={t('mirror.guide.save')}
        busy={loading}
        error={error}
        fields={[]}
      >
        {questions.length === 0 && <p className="muted">{t('mirror.guide.empty')}</p>}
        <ol className="mirror-guide mirror-guide--editing">
          {questions.map((q, index) => (
            <li
              key={q.key}
              className="card"
              ref={(item) => {
                if (item) items.current.set(q.key, item);
                else items.current.delete(q.key);
              }}
            >
              <TextAreaField
                label={t('mirror.guide.question', { number: index + 1 })}
                rows={2}
                maxLength={MIRROR_LIMITS.questionMaxLength}
                error={empty.has(q.key) ? t('mirror.guide.emptyQuestion') : undefined}
                value={q.body}
                onChange={(body) => change(q.key, { body })}
              />
              <CheckboxGroup
                legend={t('mirror.guide.themes')}
                name={`themes-${q.key}`}
                options={themeOptions}
                values={q.themeIds}
                max={MIRROR_LIMITS.maxThemesPerQuestion}
                onChange={(themeIds) => change(q.key, { themeIds })}
              />
              <div className="mirror-buttons">
                <Button variant="secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('mirror.guide.up')}
                </Button>
                <Button variant="secondary" disabled={index === questions.length - 1} onClick={() => move(index, 1)}>
                  {t('mirror.guide.down')}
                </Button>
                <Button variant="secondary" onClick={() => setQuestions((qs) => qs.filter((other) => other.key !== q.key))}>
                  {t('mirror.guide.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <div className="mirror-buttons">
          <Button
            variant="secondary"
            disabled={questions.length >= MIRROR_LIMITS.maxQuestions}
            onClick={() => setQuestions((qs) => [...qs, { key: nextKey++, body: '', themeIds: [] }])}
          >
            {t('mirror.guide.add')}
          </Button>
        </div>
        <details className="mirror-disclosure">
          <summary>{t('mirror.guide.examples')}</summary>
          <ul className="mirror-examples">
            {HARVEST_THEMES.map((theme) => (
              <li key={theme.id}>
                <strong>{localized(theme.name)}</strong>: {localized(theme.exampleQuestion)}{' '}
                <Button
                  variant="secondary"
                  aria-label={t('mirror.guide.useExampleFor', { theme: localized(theme.name) })}
                  onClick={() => addExample(theme.id)}
                >
                  {t('mirror.guide.useExample')}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      </Form>
    </div>
  );
}
