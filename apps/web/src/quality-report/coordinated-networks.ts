import type { Viewer } from '../app/auth';

/** The learning networks the viewer coordinates. */
export function coordinatedNetworks(viewer: Viewer): { id: string; name: string }[] {
  const found = new Map<string, { id: string; name: string }>();
  for (const m of viewer.memberships) if (m.role === 'network_coordinator' && m.network) found.set(m.network.id, m.network);
  return [...found.values()];
}
