import { LANGUAGES, type Language } from '@kring/domain';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../graphql/hooks';
import { UpdateProfileDocument } from '../graphql/documents/accounts';
import { LANGUAGE_NAMES, useLanguage } from '../i18n';
import { Alert } from '../ui/Alert';
import { useAuth } from './auth';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const { session, updatePerson } = useAuth();
  const [updateProfile, { error }] = useMutation(UpdateProfileDocument);
  const viewer = session?.viewer;

  const choose = async (next: Language) => {
    setLanguage(next);
    if (!viewer) return;
    const data = await updateProfile({ input: { displayName: viewer.person.displayName, preferredLanguage: next } });
    if (data) updatePerson(data.updateProfile);
  };

  return (
    <div className="language-switch">
      <div role="group" aria-label={t('language.label')}>
        {LANGUAGES.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            className="language-switch__option"
            aria-pressed={option === language}
            aria-label={LANGUAGE_NAMES[option]}
            onClick={() => option !== language && void choose(option)}
          >
            {/* On a phone the short code keeps the header on one line (styles.css); the name stays the button's name. */}
            <span className="language-switch__name">{LANGUAGE_NAMES[option]}</span>
            <span className="language-switch__code" aria-hidden="true">
              {option.toUpperCase()}
            </span>
          </button>
        ))}
      </div>
      {error && <Alert tone="error">{t('language.saveFailed', { message: error.message })}</Alert>}
    </div>
  );
}
