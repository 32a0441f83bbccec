import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signIn, useBrowser } from "./support/browser";

// Issue 14 point 8's journey: 工信部 assigns two reviewers to 湖州's application, both score it, the
// ministry closes scoring and proposes the list, the five departments approve, 工信部 publishes, and the
// public page lists 湖州 without signing in. The batch and the application are recorded through the API
// (imported history: the city and province steps are the other pilot pages'), on a batch of its own.
describe("a pilot city from the ministry's review to the published list", () => {
  const browser = useBrowser();
  const state = { batchId: "", batchName: "", reviewers: [] as string[] };

  async function api(page: Page, method: "get" | "post", url: string, data?: unknown) {
    const me = (await (await page.request.get("/api/v1/auth/me")).json()) as { csrfToken: string };
    const response = await page.request[method](url, { data, headers: { "x-csrf-token": me.csrfToken } });
    return { status: response.status(), body: await response.json().catch(() => null) };
  }

  it("records a batch with 湖州's application at the ministry", async () => {
    const city = await browser.newPage();
    await signIn(city, "huzhou.operator");
    const huzhou = (await (await city.request.get("/api/v1/auth/me")).json()) as {
      organisation: { id: string };
    };
    const page = await browser.newPage();
    await signIn(page, "miit.admin");
    // Batch numbers are unique: take the first free one above the demo's.
    for (let number = 50 + Math.floor(Math.random() * 40); !state.batchId; number++) {
      const opened = await api(page, "post", "/api/v1/pilot-batches", {
        number,
        name: `第${number}批产融合作试点城市(演练)`,
        documentNumber: "工信部联财函〔2020〕161号",
        opensOn: "2020-07-22",
        applicationDeadline: "2020-08-31",
        provincialDeadline: "2020-09-15",
        reviewersPerApplication: 2,
      });
      if (opened.status === 201) state.batchId = opened.body.id;
      state.batchName = opened.body?.name ?? "";
    }
    const recorded = await api(page, "post", `/api/v1/pilot-batches/${state.batchId}/recorded-applications`, {
      applicantOrgId: huzhou.organisation.id,
      submitted: { plan: { periodStart: "2021-01-01", periodEnd: "2023-12-31" }, indicators: {} },
      confirmedOn: "2020-09-15",
    });
    expect(recorded.status).toBe(201);
  });

  it("工信部 assigns two reviewers by the rules, with the exclusions shown", async () => {
    const page = await browser.newPage();
    await signIn(page, "miit.operator");
    await page.getByTestId("nav-pilot-cities").click();
    await page.getByTestId("nav-pilot-ministry-review").click();
    await page.goto(`/pilot-review?batch=${state.batchId}`);
    await page.getByTestId("review-assign").click();
    const reviewers = page.getByTestId("review-reviewers").locator(".ant-tag");
    await expect.poll(() => reviewers.count()).toBe(2);
    const overview = await api(page, "get", `/api/v1/pilot-batches/${state.batchId}/review`);
    state.reviewers = overview.body.applications[0].reviewers.map((r: { expertId: string }) => r.expertId);
    await screenshot(page, "pilot-review-assigned");
  });

  it("both experts score 湖州 on the rubric, blind to each other", async () => {
    const sheets = [
      [8, 8, 8, 8, 8],
      [9, 8, 9, 7, 8],
    ];
    let scored = 0;
    for (const expert of ["expertbj", "expertsh", "expertgd", "experthb", "expertsc"]) {
      const page = await browser.newPage();
      await signIn(page, `${expert}.operator`);
      const me = (await (await page.request.get("/api/v1/auth/me")).json()) as {
        organisation: { id: string };
      };
      if (!state.reviewers.includes(me.organisation.id)) continue;
      await page.getByTestId("nav-pilot-cities").click();
      await page.getByTestId("nav-pilot-review-tasks").click();
      await page
        .getByTestId("review-tasks")
        .locator("tr", { hasText: state.batchName })
        .getByTestId("review-task-open")
        .click();
      const scores = sheets[scored] ?? [];
      for (const [index, code] of [
        "COMMITMENT",
        "FOUNDATION",
        "PRACTICE",
        "RECOVERY",
        "INDICATORS",
      ].entries()) {
        await page
          .locator(`input[data-testid=score-${code}], [data-testid=score-${code}] input`)
          .fill(String(scores[index]));
      }
      await page.getByTestId("sheet-comments").fill("组织保障有力,产融合作基础较好");
      // 8s: 80.00; 9,8,9,7,8: 22.5+20+27+7+8 = 84.50, as the form adds it up while typing.
      await expect
        .poll(() => page.getByTestId("sheet-total").textContent())
        .toContain(scored === 0 ? "80.00" : "84.50");
      await page.getByTestId("sheet-save").click();
      await page.getByText("评分已保存").waitFor();
      if (scored === 0) await screenshot(page, "pilot-review-sheet");
      expect(await page.getByTestId("task-other-sheets").count()).toBe(0);
      scored++;
    }
    expect(scored).toBe(2);
  });

  it("工信部 closes scoring, reads the ranking and proposes the list", async () => {
    const page = await browser.newPage();
    await signIn(page, "miit.operator");
    await page.goto(`/pilot-review?batch=${state.batchId}`);
    await page.getByTestId("review-close").click();
    await page.getByTestId("scoring-closed").waitFor();
    // Two sheets: the plain mean (80.00 + 84.50) / 2 = 82.25.
    await expect.poll(() => page.getByTestId("ranking-score").first().textContent()).toBe("82.25");
    await page.getByTestId("list-propose").click();
    await expect.poll(() => page.getByTestId("list-status").getAttribute("data-status")).toBe("PENDING");
    expect(await page.getByTestId("list-entries").textContent()).toContain("湖州市人民政府");
    await screenshot(page, "pilot-review-ranking");
  });

  it("the five departments approve, each on its own 名单审核 page", async () => {
    for (const department of ["miit", "mof", "pboc", "nfra", "csrc"]) {
      const page = await browser.newPage();
      await signIn(page, `${department}.reviewer`);
      await page.getByTestId("nav-pilot-cities").click();
      await page.getByTestId("nav-pilot-list-approval").click();
      await page.goto(`/pilot-list-approval?batch=${state.batchId}`);
      await page.getByTestId("approval-opinion").fill("同意");
      await page.getByTestId("approval-submit").click();
      await page.getByTestId("approval-decided").waitFor();
      if (department === "csrc") {
        await expect
          .poll(() => page.getByTestId("approval-status").getAttribute("data-status"))
          .toBe("APPROVED");
        await screenshot(page, "pilot-list-approval");
      }
    }
  });

  it("工信部 publishes and the public page lists 湖州 without signing in", async () => {
    const page = await browser.newPage();
    await signIn(page, "miit.reviewer");
    await page.goto(`/pilot-review?batch=${state.batchId}`);
    await page.getByTestId("list-publish").click();
    await expect.poll(() => page.getByTestId("list-status").getAttribute("data-status")).toBe("PUBLISHED");

    const visitor = await browser.newPage();
    await visitor.goto("/public/pilot-cities");
    const card = visitor
      .getByTestId("public-pilot-cities")
      .locator(".ant-card", { hasText: state.batchName });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain("湖州市人民政府");
    expect(text).toContain("浙江省");
    expect(text).toContain("2021-01-01 – 2023-12-31");
    await screenshot(visitor, "pilot-public-list");
  });
});
