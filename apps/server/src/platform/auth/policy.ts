/** Sign-in policy: lock an account after repeated failures; end sessions left idle. */
export const SIGN_IN_POLICY = {
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  /** lastSeenAt is refreshed at most this often, so reads do not each write. */
  touchIntervalSeconds: 60,
} as const;

export const SESSION_COOKIE = "chanrong_sid";
export const CSRF_HEADER = "x-csrf-token";
