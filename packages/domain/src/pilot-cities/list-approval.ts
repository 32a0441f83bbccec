import { DomainValidationError } from "../errors";
import { DEPARTMENTS, type Department } from "../programmes/organisations";
import { DEPARTMENT_TERMS, type Term, type Terms } from "../vocabulary";

export type ListDecision = "approve" | "reject";

export interface DepartmentDecision {
  decision: ListDecision;
  /** The version of the list the department decided on. */
  listVersion: number;
  by: string;
  at: string;
  opinion: string;
}

export type ListApprovalStatus = "PENDING" | "APPROVED" | "REJECTED" | "PUBLISHED";

export const LIST_APPROVAL_STATUS_TERMS: Terms<ListApprovalStatus> = {
  PENDING: { zh: "五部门审核中", en: "Awaiting the five departments" },
  APPROVED: { zh: "五部门均已同意,待公布", en: "Approved by all five, to be published" },
  REJECTED: { zh: "有部门不同意,待调整名单", en: "Rejected by a department: to be revised" },
  PUBLISHED: { zh: "已公布", en: "Published" },
};

/** The proposed list (application ids, in rank order) and the departments' decisions on it. */
export interface ListApprovalState {
  list: readonly string[];
  version: number;
  decisions: Partial<Record<Department, DepartmentDecision>>;
  published: boolean;
}

export type ListApprovalEvent =
  | { type: "change-list"; list: readonly string[]; reason: string }
  | {
      type: "decide";
      department: Department;
      decision: ListDecision;
      /** The version the decider read: a decision on a list that has since changed is refused. */
      listVersion: number;
      by: string;
      at: string;
      opinion: string;
    }
  | { type: "publish" };

export interface ListApprovalStep {
  state: ListApprovalState;
  /** Departments whose decision the step voided: they decide again on the new list. */
  invalidated: Department[];
}

export function proposeList(list: readonly string[]): ListApprovalState {
  assertDistinct(list);
  return { list: [...list], version: 1, decisions: {}, published: false };
}

function refuse(path: string, rule: string, zh: string, en: string): never {
  throw DomainValidationError.single([path], rule, { zh, en });
}

function assertDistinct(list: readonly string[]): void {
  if (new Set(list).size !== list.length)
    refuse("list", "list-duplicate", "名单中有重复的申报", "Duplicate in the list");
}

export function listApprovalStatus(state: ListApprovalState): ListApprovalStatus {
  if (state.published) return "PUBLISHED";
  const current = DEPARTMENTS.map((department) => state.decisions[department]);
  if (current.some((decision) => decision?.decision === "reject")) return "REJECTED";
  return current.every((decision) => decision?.decision === "approve") ? "APPROVED" : "PENDING";
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * One step of the joint decision. Departments decide in parallel, each once per version of the
 * list; any change to the list (an entry added, removed or moved) voids every decision taken so far,
 * because each approved a list that no longer exists. Publication needs all five approvals.
 */
export function applyListApprovalEvent(state: ListApprovalState, event: ListApprovalEvent): ListApprovalStep {
  if (state.published)
    refuse("type", "list-published", "名单已公布,不能再变更", "The list is already published");
  switch (event.type) {
    case "change-list": {
      assertDistinct(event.list);
      if (sameList(event.list, state.list))
        refuse("list", "list-unchanged", "名单没有变化", "The list is unchanged");
      if (event.reason.trim() === "") refuse("reason", "required", "调整名单须说明理由", "Give the reason");
      const invalidated = DEPARTMENTS.filter((department) => state.decisions[department]);
      return {
        state: { list: [...event.list], version: state.version + 1, decisions: {}, published: false },
        invalidated,
      };
    }
    case "decide": {
      const name = DEPARTMENT_TERMS[event.department];
      if (event.listVersion !== state.version) {
        refuse(
          "listVersion",
          "list-changed",
          `名单已调整(第${state.version}版),请按最新名单审核`,
          `The list has changed (version ${state.version}); review the current one`,
        );
      }
      if (state.decisions[event.department]) {
        refuse(
          "department",
          "already-decided",
          `${name.zh}已对本版名单作出决定`,
          `${name.en} has already decided`,
        );
      }
      if (event.decision === "reject" && event.opinion.trim() === "") {
        refuse("opinion", "required", "不同意须说明理由", "A rejection needs its reason");
      }
      const { type: _type, department, ...decision } = event;
      return {
        state: { ...state, decisions: { ...state.decisions, [department]: decision } },
        invalidated: [],
      };
    }
    case "publish": {
      const status = listApprovalStatus(state);
      if (status !== "APPROVED") {
        const missing = DEPARTMENTS.filter((d) => state.decisions[d]?.decision !== "approve");
        const names: Term = {
          zh: missing.map((d) => DEPARTMENT_TERMS[d].zh).join("、"),
          en: missing.map((d) => DEPARTMENT_TERMS[d].en).join(", "),
        };
        refuse("type", "list-not-approved", `尚待同意:${names.zh}`, `Still to approve: ${names.en}`);
      }
      return { state: { ...state, published: true }, invalidated: [] };
    }
  }
}
