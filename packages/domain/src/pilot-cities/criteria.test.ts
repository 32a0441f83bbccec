import { describe, expect, it } from "vitest";
import { PILOT_BASE_CODES, PILOT_CONDITION_CODES, PILOT_CONDITIONS, PILOT_STRATEGY_TERMS } from "./criteria";

describe("seed 001's review criteria and vocabulary", () => {
  it("has the four conditions of §二 in the notice's order", () => {
    expect(PILOT_CONDITION_CODES.map((code) => PILOT_CONDITIONS[code].clause)).toEqual([
      "二(一)",
      "二(二)",
      "二(三)",
      "二(四)",
    ]);
    expect(PILOT_CONDITIONS.FOUNDATION.text).toContain("普惠金融和绿色金融发展初显成效");
  });

  it("names the strategies and bases of §一", () => {
    const strategies = Object.values(PILOT_STRATEGY_TERMS).map((term) => term.zh);
    for (const name of [
      "京津冀协同发展",
      "长江经济带发展",
      "粤港澳大湾区建设",
      "西部大开发",
      "东北振兴",
      "中部崛起",
    ]) {
      expect(strategies).toContain(name);
    }
    expect(PILOT_BASE_CODES).toHaveLength(5);
  });
});
