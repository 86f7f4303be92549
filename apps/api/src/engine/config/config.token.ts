/** Injection token of the validated KringConfig. */
export const KRING_CONFIG = Symbol('KRING_CONFIG');
