import { describe, expect, it } from "vitest";
import { issueOf, issuesOf } from "../test-support";
import {
  type Attendance,
  answerInvitation,
  applyEventAction,
  availableEventActions,
  checkCapacity,
  checkEventPlan,
  EVENT_ACTIONS,
  EVENT_STATUSES,
  type EventAction,
  type EventStatus,
  enterprisesServed,
  fitsEventTargets,
} from "./events";

const attended = (eventId: string, enterpriseId: string, heldOn = "2026-05-20"): Attendance => ({
  eventId,
  enterpriseId,
  heldOn,
});

describe("enterprisesServed — 家次 against seed 004's 1,000 a year", () => {
  it.each<{ name: string; attendances: Attendance[]; demands?: number; visits: number; total: number }>([
    { name: "no event", attendances: [], visits: 0, total: 0 },
    { name: "one enterprise at one event", attendances: [attended("e1", "a")], visits: 1, total: 1 },
    {
      name: "the same enterprise at two events is 2 家次",
      attendances: [attended("e1", "a"), attended("e2", "a")],
      visits: 2,
      total: 2,
    },
    {
      name: "the same enterprise twice at one event is 1",
      attendances: [attended("e1", "a"), attended("e1", "a")],
      visits: 1,
      total: 1,
    },
    {
      name: "events of another year do not count",
      attendances: [
        attended("e1", "a", "2025-12-31"),
        attended("e2", "a", "2027-01-01"),
        attended("e3", "b"),
      ],
      visits: 1,
      total: 1,
    },
    {
      name: "demands handled are added",
      attendances: [attended("e1", "a"), attended("e1", "b")],
      demands: 3,
      visits: 2,
      total: 5,
    },
  ])("$name", ({ attendances, demands, visits, total }) => {
    const served = enterprisesServed(2026, attendances, demands);
    expect(served).toMatchObject({ year: 2026, eventVisits: visits, total, target: 1000 });
    expect(served.demandsHandled).toBe(demands ?? 0);
  });

  it.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [999, 99],
    [1000, 100],
    [1250, 125],
  ])("%i served is %i%% of the target", (demands, percent) => {
    expect(enterprisesServed(2026, [], demands).progressPercent).toBe(percent);
  });
});

describe("applyEventAction — PLANNED → OPEN → HELD → CLOSED, or CANCELLED", () => {
  const table: [EventStatus, EventAction, EventStatus | "refused"][] = [
    ["PLANNED", "invite", "OPEN"],
    ["OPEN", "invite", "OPEN"],
    ["HELD", "invite", "refused"],
    ["PLANNED", "check-in", "refused"],
    ["OPEN", "check-in", "HELD"],
    ["HELD", "check-in", "HELD"],
    ["OPEN", "record-outcome", "refused"],
    ["HELD", "record-outcome", "HELD"],
    ["CLOSED", "record-outcome", "refused"],
    ["OPEN", "close", "refused"],
    ["HELD", "close", "CLOSED"],
    ["PLANNED", "cancel", "CANCELLED"],
    ["OPEN", "cancel", "CANCELLED"],
    ["HELD", "cancel", "refused"],
    ["CLOSED", "cancel", "refused"],
    ["CANCELLED", "invite", "refused"],
  ];
  it.each(table)("%s + %s → %s", (from, action, to) => {
    if (to === "refused") {
      expect(issueOf(() => applyEventAction(from, action, "理由")).rule).toBe("action-not-allowed-in-state");
    } else {
      expect(applyEventAction(from, action, "理由")).toBe(to);
    }
  });

  it("a cancellation needs its reason", () => {
    expect(issueOf(() => applyEventAction("OPEN", "cancel", "  "))).toMatchObject({
      path: ["reason"],
      rule: "required",
    });
  });

  it("offers exactly the actions the table allows in each state", () => {
    for (const status of EVENT_STATUSES) {
      const allowed = EVENT_ACTIONS.filter((action) =>
        table.some(([f, a, t]) => f === status && a === action && t !== "refused"),
      );
      for (const action of allowed) expect(availableEventActions(status)).toContain(action);
    }
    expect(availableEventActions("CLOSED")).toEqual([]);
    expect(availableEventActions("CANCELLED")).toEqual([]);
  });
});

describe("answerInvitation", () => {
  it("registers or declines with a reason while invitations are open", () => {
    expect(answerInvitation("OPEN", "INVITED", "register")).toBe("REGISTERED");
    expect(answerInvitation("OPEN", "REGISTERED", "decline", "当天有审计")).toBe("DECLINED");
    expect(answerInvitation("OPEN", "DECLINED", "register")).toBe("REGISTERED");
    expect(issueOf(() => answerInvitation("OPEN", "INVITED", "decline")).rule).toBe("required");
  });
  it.each<EventStatus>(["PLANNED", "HELD", "CLOSED", "CANCELLED"])(
    "refuses an answer when the event is %s",
    (status) => {
      expect(issueOf(() => answerInvitation(status, "INVITED", "register")).rule).toBe("registration-closed");
    },
  );
});

describe("fitsEventTargets — resolved on the day of inviting", () => {
  const enterprise = {
    districtCode: "420303",
    sizeClass: "SMALL",
    cluster: "NEV",
    tags: [{ tag: "SRDI", validFrom: "2025-01-01", validTo: "2026-06-30" }],
  };
  const none = { districts: [], tags: [], sizeClasses: [], clusters: [] };
  it.each([
    ["no filter takes everyone", none, "2026-05-01", true],
    ["a city takes its districts", { ...none, districts: ["420300"] }, "2026-05-01", true],
    ["another district is out", { ...none, districts: ["420302"] }, "2026-05-01", false],
    ["a tag valid on the day", { ...none, tags: ["SRDI", "GAZELLE"] }, "2026-06-30", true],
    ["a tag expired on the day", { ...none, tags: ["SRDI"] }, "2026-07-01", false],
    ["a size class listed", { ...none, sizeClasses: ["SMALL", "MICRO"] }, "2026-05-01", true],
    ["a size class not listed", { ...none, sizeClasses: ["LARGE"] }, "2026-05-01", false],
    ["a 33618 cluster listed", { ...none, clusters: ["ELECTRONICS", "NEV"] }, "2026-05-01", true],
    ["another cluster only", { ...none, clusters: ["ELECTRONICS"] }, "2026-05-01", false],
    [
      "every filter must hold",
      { districts: ["420300"], tags: ["SRDI"], sizeClasses: ["SMALL"], clusters: ["ELECTRONICS"] },
      "2026-05-01",
      false,
    ],
  ] as const)("%s", (_name, targets, day, fits) => {
    expect(fitsEventTargets(enterprise, targets, day)).toBe(fits);
  });
  it("leaves out an enterprise of no cluster once a cluster is named, and takes it otherwise", () => {
    const unclustered = { ...enterprise, cluster: null };
    expect(fitsEventTargets(unclustered, { ...none, clusters: ["NEV"] }, "2026-05-01")).toBe(false);
    expect(fitsEventTargets(unclustered, none, "2026-05-01")).toBe(true);
  });
});

describe("checkEventPlan", () => {
  const plan = {
    heldOn: "2026-06-18",
    startTime: "14:00",
    endTime: "17:30",
    place: "十堰市民中心",
    onlineLink: null,
    districts: ["420303"],
  };
  it("accepts a plan of today or later, somewhere, in the bureau's region", () => {
    expect(() => checkEventPlan(plan, "420300", "2026-06-18")).not.toThrow();
    expect(() =>
      checkEventPlan(
        { ...plan, place: null, onlineLink: "https://meeting.example/1" },
        "420300",
        "2026-06-01",
      ),
    ).not.toThrow();
  });
  it("names every rule broken", () => {
    const issues = issuesOf(() =>
      checkEventPlan(
        { ...plan, endTime: "14:00", place: null, districts: ["420303", "500106"] },
        "420300",
        "2026-06-19",
      ),
    );
    expect(issues.map((issue) => [issue.path.join("."), issue.rule])).toEqual([
      ["heldOn", "not-in-past"],
      ["endTime", "after-start"],
      ["place", "venue-required"],
      ["targets.districts.1", "own-region"],
    ]);
  });
});

describe("checkCapacity", () => {
  it.each([
    [null, 500, true],
    [30, 29, true],
    [30, 30, false],
  ] as const)("capacity %s with %i taken: room %s", (capacity, taken, room) => {
    if (room) expect(() => checkCapacity(capacity, taken)).not.toThrow();
    else expect(issueOf(() => checkCapacity(capacity, taken)).rule).toBe("capacity-reached");
  });
});
