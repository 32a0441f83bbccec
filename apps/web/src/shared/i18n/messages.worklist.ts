/** Worklists and the history of what they hold: spread into zh in messages.ts; the English, with exactly these keys, in messages.worklist.en.ts. */
export const worklistZh = {
  "worklist.tabWaiting": "待我办理",
  "worklist.tabAll": "全部",
  "worklist.holder": "当前办理方",
  "worklist.heldDays": "{days} 天",
  "worklist.heldHours": "{hours} 小时",
  "worklist.opinion": "意见",
  "worklist.reason": "理由",
} as const;
