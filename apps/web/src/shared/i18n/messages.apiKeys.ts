/** An institution's API keys for its systems: spread into zh in messages.ts; the English, with exactly these keys, in messages.apiKeys.en.ts. */
export const apiKeysZh = {
  "menu.apiKeys": "接口密钥",
  "apiKeys.subtitle":
    "本机构业务系统调用接口所用的密钥:银行报送放款、结息、还款与逾期信息,各金融机构管理本机构的金融产品与需求认领;密钥以本机构经办人身份操作,只及本机构的数据",
  "apiKeys.create": "新建密钥",
  "apiKeys.empty": "尚未创建密钥",
  "apiKeys.name": "名称",
  "apiKeys.namePlaceholder": "如 信贷管理系统",
  "apiKeys.nameRequired": "请填写名称(2–60 字)",
  "apiKeys.prefix": "密钥前缀",
  "apiKeys.createdBy": "创建人",
  "apiKeys.lastUsedAt": "最近使用",
  "apiKeys.neverUsed": "从未使用",
  "apiKeys.statusActive": "有效",
  "apiKeys.statusRevoked": "已吊销 {at}",
  "apiKeys.revoke": "吊销",
  "apiKeys.revokeConfirm": "吊销密钥“{name}”?",
  "apiKeys.revokeHint": "吊销后使用该密钥的系统将立即无法访问,且不能恢复。",
  "apiKeys.revoked": "已吊销",
  "apiKeys.createdTitle": "密钥已创建",
  "apiKeys.createdWarning":
    "请立即复制并妥善保存。此密钥只显示这一次,关闭后无法再次查看;遗失请吊销后重新创建。",
  "apiKeys.copy": "复制密钥",
  "apiKeys.copied": "已复制到剪贴板",
  "apiKeys.copyFailed": "无法访问剪贴板,请手动选中复制",
  "apiKeys.usage": "调用方式:请求头 Authorization: Bearer <密钥>",
  "apiKeys.savedIt": "我已保存,关闭",
} as const;
