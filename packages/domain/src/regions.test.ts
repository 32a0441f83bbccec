import { describe, expect, it } from "vitest";
import { regionCovers, regionsCovering } from "./regions";

describe("the regions over a code", () => {
  it.each([
    ["420303", ["420303", "420300", "420000"]],
    ["420300", ["420300", "420000"]],
    ["500106", ["500106", "500100", "500000"]],
    ["500000", ["500000"]],
  ])("%s is covered by %j", (code, over) => {
    expect(regionsCovering(code)).toEqual(over);
    for (const scope of over) expect(regionCovers(scope, code)).toBe(true);
  });
});
