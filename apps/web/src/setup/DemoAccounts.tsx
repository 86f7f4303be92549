import { ROLE_LABELS } from '@kring/domain';
import { Link } from 'react-router-dom';
import { LOGIN_PATH } from '../app/guards';
import type { LoadDemoMutation } from '../graphql/generated';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Section } from '../ui/Section';
import { TableWrap } from '../ui/TableWrap';
import { useTexts } from './texts';

/** The server prints these once; they are the only way into the demo network. */
export function DemoAccounts({ accounts }: { accounts: LoadDemoMutation['loadDemo']['accounts'] }) {
  const { t } = useTexts();
  const { label } = useLocale();
  return (
    <Section title={t('setup.demoAccountsTitle')}>
      <Alert tone="success">{t('setup.demoAccountsIntro')}</Alert>
      <TableWrap label={t('setup.demoAccountsTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('setup.demoRoles')}</th>
              <th scope="col">{t('fields.organisation')}</th>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('fields.password')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.email}>
                <th scope="row">{account.displayName}</th>
                <td>{account.roles.map((role) => label(ROLE_LABELS, role)).join(', ')}</td>
                <td>{account.organisationName}</td>
                <td className="nowrap">{account.email}</td>
                <td className="nowrap">
                  <code>{account.password}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p>
        <Link to={LOGIN_PATH} className="button button--primary">
          {t('app.toLogin')}
        </Link>
      </p>
    </Section>
  );
}
