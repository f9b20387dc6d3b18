// What the console's browser walkthroughs share: Debian's Chromium under Playwright, axe-core, screenshots, and
// waiting for what the page says. Each walkthrough prints one JSON report on stdout and exits 1 on a failure.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const { CHROMIUM, SCREENSHOTS } = process.env;

export const report = { steps: [], accessibility: {}, pageErrors: [], screenshots: [] };

export function step(name) {
  report.steps.push(name);
}

export async function axe(page, screen) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  report.accessibility[screen] = result.violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact))
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

export async function shot(page, name) {
  if (!SCREENSHOTS) return;
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  report.screenshots.push(file);
}

// What is wider than a phone's screen on this page, but tables (which scroll inside their frame); a screenshot of it.
export async function onAPhone(page, screenshot) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflowing = await page.evaluate(() => [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > innerWidth + 1 && !element.closest(".table-wrap"))
    .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`));
  if (screenshot) await shot(page, screenshot);
  await page.setViewportSize({ width: 1280, height: 860 });
  return overflowing;
}

export async function expectProblem(page, pattern) {
  const problem = page.locator("#problem");
  await problem.waitFor({ state: "visible" });
  const text = await problem.textContent();
  if (!pattern.test(text)) throw new Error(`expected a message matching ${pattern}, saw: ${text}`);
  return text;
}

export async function statusMatching(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById("status").textContent),
    pattern.source);
}

// Runs `walk(page, profile)` in a fresh Chromium profile, then prints the report and exits.
export async function walkthrough(walk) {
  const profile = mkdtempSync(path.join(tmpdir(), "optout-console-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, acceptDownloads: true, viewport: { width: 1280, height: 860 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(20000);
    page.on("pageerror", (error) => report.pageErrors.push(error.message));
    // Refused calls (a wrong key's 401, the evidence route's 404) are logged by Chromium as failed loads: expected.
    // Anything else, such as a Content-Security-Policy refusal, is a failure.
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        report.pageErrors.push(message.text());
      }
    });
    await walk(page, profile);
  } catch (error) {
    report.failure = String(error.stack ?? error);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(report));
  process.exit(report.failure ? 1 : 0);
}
