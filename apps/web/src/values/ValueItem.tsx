import type { LocalizedText } from '@kring/domain';
import { useLocalized } from '../i18n/localized';
import { useTexts } from './texts';

interface Props {
  name: LocalizedText;
  /** A framework item's definition or a lens item's description. */
  text: LocalizedText;
  prompts: readonly LocalizedText[];
}

/** One item of the framework or of a lens, with the open questions that go with it; inside a <dl>. */
export function ValueItem({ name, text, prompts }: Props) {
  const { t } = useTexts();
  const local = useLocalized();
  return (
    <>
      <dt>{local(name)}</dt>
      <dd>
        <p>{local(text)}</p>
        {prompts.length > 0 && (
          <ul aria-label={t('values.prompts')} className="prompts">
            {prompts.map((prompt) => (
              <li key={prompt.nl}>{local(prompt)}</li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}
