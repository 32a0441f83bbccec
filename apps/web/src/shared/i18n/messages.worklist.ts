/** Worklists and the history of what they hold: spread into zh / en in messages.ts. `en` must have exactly these keys. */
export const worklistZh = {
  "worklist.tabWaiting": "待我办理",
  "worklist.tabAll": "全部",
  "worklist.holder": "当前办理方",
  "worklist.heldDays": "{days} 天",
  "worklist.heldHours": "{hours} 小时",
  "worklist.opinion": "意见",
  "worklist.reason": "理由",
} as const;

export const worklistEn: Record<keyof typeof worklistZh, string> = {
  "worklist.tabWaiting": "Waiting for me",
  "worklist.tabAll": "All",
  "worklist.holder": "With",
  "worklist.heldDays": "{days} d",
  "worklist.heldHours": "{hours} h",
  "worklist.opinion": "Opinion",
  "worklist.reason": "Reason",
};
