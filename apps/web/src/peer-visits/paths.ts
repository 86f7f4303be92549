export const PEER_VISITS_PATH = '/visitaties';
export const visitPath = (visitId: string) => `/visitatie/${visitId}`;
export const notebookPath = (visitId: string) => `/visitatie/${visitId}/notities`;
export const conversationPath = (visitId: string) => `/visitatie/${visitId}/spiegelgesprek`;
export const reportPath = (visitId: string) => `/visitatie/${visitId}/spiegelrapport`;
export const checkinPath = (visitId: string) => `/visitatie/${visitId}/ondernemersgesprek`;
