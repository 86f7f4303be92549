export const networkPath = (networkId: string) => `/lerend-netwerk/${networkId}`;
export const JOIN_NETWORK_PATH = '/lerend-netwerk/aansluiten/:token';
