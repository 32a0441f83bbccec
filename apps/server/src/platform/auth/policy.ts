/**
 * Sign-in policy: hold an account, and an address, after repeated failures within a window;
 * end sessions left idle.
 */
export const SIGN_IN_POLICY = {
  /** 5 failed attempts on one account (or one unknown name) in 15 minutes lock it for 15 minutes. */
  perAccount: { max: 5, minutes: 15 },
  /** Failures from one client address across all accounts: password spraying, one office's NAT. */
  perAddress: { max: 20, minutes: 15 },
  idleTimeoutMinutes: 30,
  /** lastSeenAt is refreshed at most this often, so reads do not each write. */
  touchIntervalSeconds: 60,
} as const;

export const SESSION_COOKIE = "chanrong_sid";
export const CSRF_HEADER = "x-csrf-token";
