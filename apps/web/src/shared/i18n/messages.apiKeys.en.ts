import type { apiKeysZh } from "./messages.apiKeys";

/** The English of messages.apiKeys.ts, loaded only when English is chosen. */
export const apiKeysEn: Record<keyof typeof apiKeysZh, string> = {
  "menu.apiKeys": "API keys",
  "apiKeys.subtitle":
    "Keys your institution's systems call the API with: a bank's loan events (disbursements, interest, repayments, overdue), any institution's financing products and demand claims; a key acts as an operator of your institution, on its own data only",
  "apiKeys.create": "Create a key",
  "apiKeys.empty": "No keys yet",
  "apiKeys.name": "Name",
  "apiKeys.namePlaceholder": "e.g. Credit management system",
  "apiKeys.nameRequired": "Enter a name (2–60 characters)",
  "apiKeys.prefix": "Prefix",
  "apiKeys.createdBy": "Created by",
  "apiKeys.lastUsedAt": "Last used",
  "apiKeys.neverUsed": "Never",
  "apiKeys.statusActive": "Active",
  "apiKeys.statusRevoked": "Revoked {at}",
  "apiKeys.revoke": "Revoke",
  "apiKeys.revokeConfirm": "Revoke the key “{name}”?",
  "apiKeys.revokeHint": "Systems using this key lose access at once; this cannot be undone.",
  "apiKeys.revoked": "Revoked",
  "apiKeys.createdTitle": "Key created",
  "apiKeys.createdWarning":
    "Copy it now and keep it safe. The key is shown this once and cannot be seen again after you close this; if it is lost, revoke it and create a new one.",
  "apiKeys.copy": "Copy key",
  "apiKeys.copied": "Copied to the clipboard",
  "apiKeys.copyFailed": "The clipboard is not available; select the key and copy it by hand",
  "apiKeys.usage": "Send it as the header Authorization: Bearer <key>",
  "apiKeys.savedIt": "I have saved it, close",
};
