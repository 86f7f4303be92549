import { useLocation } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';
import { useAddressParams, withParams } from '../ui/address-params';

/**
 * Where the library is read from: one of the viewer's organisations
 * (?organisatie=…), or — for a network coordinator without an organisation
 * of their own — the learning network (?netwerk=…).
 */
export function useLibraryContext() {
  const viewer = useViewer();
  const { params, setParams } = useAddressParams();
  const { state } = useLocation();
  const organisations = organisationsOf(viewer);
  const networks = [...new Map(viewer.memberships.flatMap((m) => (m.network ? [[m.network.id, m.network] as const] : []))).values()];
  const organisationId =
    organisations.find((o) => o.id === params.get('organisatie'))?.id ?? (params.get('netwerk') ? undefined : organisations[0]?.id);
  const network = organisationId ? undefined : (networks.find((n) => n.id === params.get('netwerk')) ?? networks[0]);
  // Another organisation replaces the entry and keeps its state: the typed words (never in the address) stay searched.
  const choose = (id: string) => setParams((current) => withParams(current, { organisatie: id, netwerk: null }), { replace: true, state });
  /** The query string that keeps this context on another library page. */
  const keep = organisationId ? `?organisatie=${organisationId}` : network ? `?netwerk=${network.id}` : '';
  return { organisations, organisationId, network, choose, params, setParams, keep };
}
