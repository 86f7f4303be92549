import { organisationsOf, useViewer } from '../app/auth';
import { useAddressParams } from '../ui/address-params';

/**
 * Where the library is read from: one of the viewer's organisations
 * (?organisatie=…), or — for a network coordinator without an organisation
 * of their own — the learning network (?netwerk=…).
 */
export function useLibraryContext() {
  const viewer = useViewer();
  const { params, setParams, change } = useAddressParams();
  const organisations = organisationsOf(viewer);
  const networks = [...new Map(viewer.memberships.flatMap((m) => (m.network ? [[m.network.id, m.network] as const] : []))).values()];
  const organisationId =
    organisations.find((o) => o.id === params.get('organisatie'))?.id ?? (params.get('netwerk') ? undefined : organisations[0]?.id);
  const network = organisationId ? undefined : (networks.find((n) => n.id === params.get('netwerk')) ?? networks[0]);
  const choose = (id: string) => change({ organisatie: id, netwerk: null });
  /** The query string that keeps this context on another library page. */
  const keep = organisationId ? `?organisatie=${organisationId}` : network ? `?netwerk=${network.id}` : '';
  return { organisations, organisationId, network, choose, params, setParams, keep };
}
