import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ORGANISATION_MANAGER_ROLES, type Role } from '@kring/domain';
import { asGraphqlError, request, type GraphqlError } from '../graphql/client';
import { SessionDocument } from '../graphql/documents/app';
import type { UpdateProfileMutation, ViewerPartsFragment } from '../graphql/generated';
import { useLanguage } from '../i18n';
import { forgetNotebooksOnThisDevice } from '../peer-visits/nav';
import { forgetLiveRoomsOnThisDevice } from '../ui/live-room/forget-rooms';

export type Viewer = ViewerPartsFragment;

interface Session {
  needsSetup: boolean;
  viewer: Viewer | null;
}

interface Auth {
  /** Undefined until the server has answered for the first time. */
  session?: Session;
  error?: GraphqlError;
  refresh: () => Promise<void>;
  /** After login, setup, reset or accepting an invitation: the server answers with the new viewer. */
  signIn: (viewer: Viewer) => void;
  /** After the server has ended the session: what this device keeps for the person goes too. */
  signOut: () => Promise<void>;
  updatePerson: (person: UpdateProfileMutation['updateProfile']) => void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>();
  const [error, setError] = useState<GraphqlError>();
  const [, setLanguage] = useLanguage();

  const refresh = useCallback(async () => {
    try {
      const data = await request(SessionDocument);
      setSession({ needsSetup: data.setupStatus.needsSetup, viewer: data.me });
      setError(undefined);
    } catch (e) {
      setError(asGraphqlError(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The profile's language follows the person to every device they log in on.
  const preferredLanguage = session?.viewer?.person.preferredLanguage;
  useEffect(() => {
    if (preferredLanguage) setLanguage(preferredLanguage);
  }, [preferredLanguage, setLanguage]);

  const auth = useMemo<Auth>(
    () => ({
      session,
      error,
      refresh,
      signIn: (viewer) => setSession({ needsSetup: false, viewer }),
      signOut: async () => {
        // The visit notebook opens without a login (to work without signal): on a lost phone or a shared computer,
        // whoever comes next would read the visit's beelden. The live rooms' drafts and outboxes go the same way.
        // Still logged out when the device's store fails: the notebook then lets go of it at its next sync, when the
        // server says the session is over.
        await forgetNotebooksOnThisDevice().catch(() => undefined);
        forgetLiveRoomsOnThisDevice();
        setSession((s) => s && { ...s, viewer: null });
      },
      updatePerson: (person) => setSession((s) => (s?.viewer ? { ...s, viewer: { ...s.viewer, person } } : s)),
    }),
    [session, error, refresh],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth is used outside AuthProvider');
  return auth;
}

/** The logged-in viewer; only for pages behind RequireViewer. */
export function useViewer(): Viewer {
  const viewer = useAuth().session?.viewer;
  if (!viewer) throw new Error('useViewer is used outside RequireViewer');
  return viewer;
}

/** An organisation of the viewer's: its id, name and word for the people it cares for. */
type OrganisationRef = NonNullable<Viewer['memberships'][number]['organisation']>;

/** Distinct organisations where the viewer holds one of the given roles (any role when omitted). */
export function organisationsOf(viewer: Viewer, roles?: readonly Role[]): OrganisationRef[] {
  const found = new Map<string, OrganisationRef>();
  for (const m of viewer.memberships) {
    if (m.organisation && (!roles || roles.includes(m.role))) found.set(m.organisation.id, m.organisation);
  }
  return [...found.values()];
}

export const managedOrganisations = (viewer: Viewer) => organisationsOf(viewer, ORGANISATION_MANAGER_ROLES);
/** The development outbox is for administrators only, as the API decides. */
export const administeredOrganisations = (viewer: Viewer) => organisationsOf(viewer, ['administrator']);
