import { LIMITS, VISIT_TEAM_ROLE_LABELS, type VisitTeamRole } from '@kring/domain';
import { useState } from 'react';
import { SetVisitingTeamDocument, VisitTeamCandidatesDocument } from '../../graphql/documents/peer-visits';
import { useMutation, useQuery } from '../../graphql/hooks';
import { Button } from '../../ui/Button';
import { CheckboxGroup, SelectField, TextField } from '../../ui/Field';
import { NotLoaded } from '../../ui/Page';
import { useLocalized } from '../../i18n/localized';
import type { Visit } from '../VisitPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';

/** The visiting team: an entrepreneur and a care worker, optionally a relative or an expert (named only, no account). */
export function TeamSection({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const { t } = useTexts();
  const local = useLocalized();
  const editable = visit.viewerSide === 'visitor' && visit.viewerIsEntrepreneur && visit.status === 'preparing';
  return (
    <>
      {visit.team.length === 0 ? (
        <p>{t('visits.team.empty')}</p>
      ) : (
        <ul className="plain-list">
          {visit.team.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> <span className="muted">· {local(VISIT_TEAM_ROLE_LABELS[m.role])}</span>
            </li>
          ))}
        </ul>
      )}
      {editable && <TeamForm visit={visit} onChanged={onChanged} />}
    </>
  );
}

interface Guest {
  role: Extract<VisitTeamRole, 'relative' | 'expert'>;
  displayName: string;
}

function TeamForm({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const { t } = useTexts();
  const local = useLocalized();
  const { data, error: loadError, refetch } = useQuery(VisitTeamCandidatesDocument, { visitId: visit.id });
  const [save, { loading, error }] = useMutation(SetVisitingTeamDocument);
  const key = (personId: string, role: string) => `${personId}|${role}`;
  const [chosen, setChosen] = useState<string[]>(visit.team.filter((m) => m.personId).map((m) => key(m.personId!, m.role)));
  const [guests, setGuests] = useState<Guest[]>(
    visit.team.filter((m) => !m.personId).map((m) => ({ role: m.role as Guest['role'], displayName: m.name })),
  );
  const [guest, setGuest] = useState<Guest>({ role: 'relative', displayName: '' });
  const [guestProblem, setGuestProblem] = useState<string>();
  if (!data) return <NotLoaded error={loadError} onRetry={refetch} />;

  // A name typed but not yet added is meant to be in the team: saving takes it along instead of dropping it.
  const typedGuest = guest.displayName.trim() ? [{ ...guest, displayName: guest.displayName.trim() }] : [];
  const submit = async () => {
    const members = [
      ...chosen.map((k) => {
        const [personId, role] = k.split('|');
        return { personId, role: role as VisitTeamRole };
      }),
      ...[...guests, ...typedGuest].map((g) => ({ role: g.role, displayName: g.displayName })),
    ];
    if (await save({ input: { visitId: visit.id, members } })) onChanged();
  };
  return (
    <div className="subsection">
      <h3>{t('visits.team.formTitle')}</h3>
      <CheckboxGroup
        legend={t('visits.team.people')}
        hint={t('visits.team.peopleHint')}
        name="members"
        options={data.visitTeamCandidates.map((c) => ({
          value: key(c.personId, c.role),
          label: `${c.name} (${local(VISIT_TEAM_ROLE_LABELS[c.role])})`,
        }))}
        values={chosen}
        onChange={setChosen}
      />
      {guests.length > 0 && (
        <ul className="chips">
          {guests.map((g, i) => (
            <li key={`${g.displayName}-${i}`} className="chip">
              {g.displayName} · {local(VISIT_TEAM_ROLE_LABELS[g.role])}
              <Button
                variant="secondary"
                aria-label={`${t('visits.team.removeGuest')}: ${g.displayName}`}
                onClick={() => setGuests(guests.filter((_, j) => j !== i))}
              >
                {t('visits.team.removeGuest')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <SelectField
          label={t('visits.team.guestRole')}
          value={guest.role}
          onChange={(v) => setGuest({ ...guest, role: v as Guest['role'] })}
          options={(['relative', 'expert'] as const).map((r) => ({ value: r, label: local(VISIT_TEAM_ROLE_LABELS[r]) }))}
        />
        <TextField
          label={t('visits.team.guestName')}
          optional
          value={guest.displayName}
          maxLength={LIMITS.name}
          error={guestProblem}
          onChange={(v) => {
            setGuest({ ...guest, displayName: v });
            setGuestProblem(undefined);
          }}
        />
        <Button
          variant="secondary"
          onClick={() => {
            if (typedGuest.length === 0) {
              setGuestProblem(t('visits.team.guestNameRequired'));
              return;
            }
            setGuests([...guests, ...typedGuest]);
            setGuest({ ...guest, displayName: '' });
          }}
        >
          {t('visits.team.addGuest')}
        </Button>
      </div>
      <ErrorAlert error={error} />
      <div className="form__actions">
        <Button busy={loading} onClick={() => void submit()}>
          {t('visits.team.submit')}
        </Button>
      </div>
    </div>
  );
}
