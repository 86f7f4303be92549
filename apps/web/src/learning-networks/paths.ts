export const networkPath = (networkId: string) => `/lerend-netwerk/${networkId}`;
