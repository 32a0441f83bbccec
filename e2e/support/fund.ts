import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot, signIn } from "./browser";

/** "10,500,000.00" → 1050000000n fen, to compare amounts the page shows without floats. */
export const fenOf = (text: string | null) => BigInt((text ?? "").replace(/[^\d]/g, "") || "0");

/** A figure of the fund overview (cash, appropriated, spent, payable, recovered) as shown. */
export const figure = (page: Page, key: string) =>
  page.getByTestId(`fund-figure-${key}`).locator(".ant-statistic-content").textContent();

export const statusOf = (page: Page) => page.getByTestId("payment-status-tag").getAttribute("data-status");

/** Opens a page of the 专项资金 group from the menu. */
export async function openFundMenu(page: Page, item: string): Promise<void> {
  if (!(await page.getByTestId(`nav-${item}`).isVisible())) await page.getByTestId("nav-fund").click();
  await page.getByTestId(`nav-${item}`).click();
}

/** Signs in, finds the payment in 支付审批 → 待我办理 and opens it. */
export async function openFromWorklist(page: Page, username: string, paymentId: string, shot?: string) {
  await signIn(page, username);
  await openWorklistPayment(page, paymentId, shot);
}

/** Finds the payment in 支付审批 → 待我办理 of the signed-in user and opens it. */
export async function openWorklistPayment(page: Page, paymentId: string, shot?: string) {
  await openFundMenu(page, "fund-payments");
  const row = page.locator(`tr[data-payment-id="${paymentId}"]`);
  await row.waitFor();
  if (shot) await screenshot(page, shot);
  await row.getByTestId("payment-link").click();
  await page.getByTestId("payment-detail-header").waitFor();
}

/** One step from the payment page's buttons and modal, then waits for the status it leads to. */
export async function act(
  page: Page,
  action: string,
  expected: string,
  text?: { opinion?: string; reason?: string; transferReferences?: string[] },
) {
  await page.getByTestId(`payment-action-${action}`).click();
  await page.getByTestId("payment-action-modal").waitFor();
  if (text?.opinion) await page.getByTestId("payment-action-opinion").fill(text.opinion);
  if (text?.reason) await page.getByTestId("payment-action-reason").fill(text.reason);
  // Paying: the bank's transfer reference (流水号) of each line, in line order.
  for (const [index, reference] of (text?.transferReferences ?? []).entries()) {
    await page.getByTestId(`payment-transfer-reference-${index + 1}`).fill(reference);
  }
  await page.getByTestId("payment-action-confirm").click();
  // A refusal keeps the modal open with the server's reason: fail with that reason, not a timeout.
  const modal = page.getByTestId("payment-action-modal");
  await modal.waitFor({ state: "detached", timeout: 30_000 }).catch(async (error: unknown) => {
    const said = (await modal.locator(".ant-alert, .ant-form-item-explain-error").allTextContents()).join(
      " ",
    );
    throw new Error(`${action}: the modal stayed open${said ? ` saying "${said}"` : ""}`, { cause: error });
  });
  await expect.poll(() => statusOf(page)).toBe(expected);
}
