import type { workbenchZh } from "./messages.workbench";

/** The English of messages.workbench.ts, loaded only when English is chosen. */
export const workbenchEn: Record<keyof typeof workbenchZh, string> = {
  "workbench.waitingTitle": "Waiting for me",
  "workbench.waitingEmpty": "Nothing is waiting for you",
  "workbench.latestTitle": "Latest items",
  "workbench.latestEmpty": "No items yet",
  "workbench.total": "Waiting in all",
  "workbench.dueSoon": "Due soon or overdue",
  "workbench.more": "{count} more: see the lists",
  "workbench.kind": "Kind",
  "workbench.kind.application": "Loan application",
  "workbench.kind.payment": "Fund payment",
  "workbench.kind.default-case": "Default case",
  "workbench.kind.interest-subsidy-claim": "Subsidy claim",
  "workbench.kind.product-review": "Financing product",
  "workbench.item": "Item",
  "workbench.amount": "Amount (yuan)",
  "workbench.status": "Status",
  "workbench.dueOn": "Due",
  "workbench.since": "Since",
  "workbench.bellTitle": "{count} waiting for me",
};
