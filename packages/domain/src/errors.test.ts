import { describe, expect, it } from "vitest";
import { DomainValidationError, throwIfIssues } from "./errors";

describe("DomainValidationError", () => {
  it("carries the issues and names each path in its message", () => {
    const error = new DomainValidationError([
      {
        path: ["events", 2, "date"],
        rule: "date-order",
        message: { zh: "第3笔事件的日期早于上一笔", en: "Events must be in date order" },
      },
      { path: [], rule: "required", message: { zh: "不能为空", en: "Required" } },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DomainValidationError");
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe(
      "events.2.date: 第3笔事件的日期早于上一笔 (Events must be in date order); (input): 不能为空 (Required)",
    );
  });

  it("single() builds a one-issue error", () => {
    const message = { zh: "金额必须大于0", en: "Must be greater than 0" };
    const error = DomainValidationError.single(["loss"], "positive", message);
    expect(error.issues).toEqual([{ path: ["loss"], rule: "positive", message }]);
  });

  it("throwIfIssues throws only when something was collected", () => {
    expect(() => throwIfIssues([])).not.toThrow();
    expect(() => throwIfIssues([{ path: ["x"], rule: "r", message: { zh: "m", en: "m" } }])).toThrow(
      DomainValidationError,
    );
  });
});
