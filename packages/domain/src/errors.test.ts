import { describe, expect, it } from "vitest";
import { DomainValidationError, throwIfIssues } from "./errors";

describe("DomainValidationError", () => {
  it("carries the issues and names each path in its message", () => {
    const error = new DomainValidationError([
      {
        path: ["events", 2, "date"],
        rule: "date-order",
        message: "第3笔事件的日期早于上一笔 (events must be in date order)",
      },
      { path: [], rule: "required", message: "不能为空 (required)" },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DomainValidationError");
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe(
      "events.2.date: 第3笔事件的日期早于上一笔 (events must be in date order); (input): 不能为空 (required)",
    );
  });

  it("single() builds a one-issue error", () => {
    const error = DomainValidationError.single(
      ["loss"],
      "positive",
      "金额必须大于0 (must be greater than 0)",
    );
    expect(error.issues).toEqual([
      { path: ["loss"], rule: "positive", message: "金额必须大于0 (must be greater than 0)" },
    ]);
  });

  it("throwIfIssues throws only when something was collected", () => {
    expect(() => throwIfIssues([])).not.toThrow();
    expect(() => throwIfIssues([{ path: ["x"], rule: "r", message: "m" }])).toThrow(DomainValidationError);
  });
});
