import type { Page } from "playwright-core";

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(512, 0x20), Buffer.from("\n%%EOF\n")]);

/** Uploads a small PDF on the apply page as the evidence the policy lists under `code`. */
export async function attachEvidence(page: Page, code: string): Promise<void> {
  await page
    .getByTestId(`evidence-${code}`)
    .locator('input[type="file"]')
    .setInputFiles({ name: `${code}.pdf`, mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId(`uploaded-${code}`).waitFor();
}
