// Drives the console in Debian's Chromium through what a compliance officer does (tests/test_console.py runs it):
// wrong credentials, sign-in, search, add with a reason, history, evidence, list, export, import with a bad line,
// review queue (confirm one decision, reverse another from the keyboard, see the reversal in the history), program
// brief; axe-core on every screen. Prints one JSON report on stdout; exits 1 on a failure.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { axe, expectProblem, onAPhone, report, shot, statusMatching, step, walkthrough } from "./browser.mjs";

const { BASE_URL, ACCESS_KEY, SENDER, NUMBER_TYPED, REVIEW_SENDER, TO_CONFIRM, TO_REVERSE } = process.env;
report.evidence = null;

await walkthrough(async (page, profile) => {
  await page.goto(`${BASE_URL}/console`);
  if (!page.url().endsWith("/console/")) throw new Error(`/console did not lead to /console/: ${page.url()}`);
  await page.getByLabel("Access key (base64)").waitFor();
  await axe(page, "sign-in");
  step("opened");

  await page.getByLabel("Access key (base64)").fill("not a key!");
  await page.getByRole("button", { name: "Sign in with the key" }).click();
  report.notBase64 = await expectProblem(page, /not an access key/);
  await page.getByLabel("Access key (base64)").fill(Buffer.from("a wrong key, long enough to be a key").toString("base64"));
  await page.getByRole("button", { name: "Sign in with the key" }).click();
  report.wrongKey = await expectProblem(page, /refused/);
  await page.getByLabel("Access token").fill("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
  await page.getByRole("button", { name: "Sign in with the token" }).click();
  report.badToken = await expectProblem(page, /Entra ID/);
  await axe(page, "sign-in refused");
  step("wrong credentials refused with a message");

  await page.getByLabel("Access key (base64)").fill(ACCESS_KEY);
  await page.getByRole("button", { name: "Sign in with the key" }).click();
  await page.getByRole("heading", { name: "Search a number" }).waitFor();
  step("signed in");

  await page.getByLabel("Phone number").fill(NUMBER_TYPED);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await statusMatching(page, /opted out of 1 sender\./); // the one that refused a send before we started
  step("searched");

  await page.getByLabel("Sender (number, short code or sender ID)").fill(SENDER);
  await page.getByLabel("Reason (kept in the history)").fill("Complaint #4711: customer says STOP was ignored");
  await page.getByRole("button", { name: "Record the change" }).click();
  await statusMatching(page, /Opted out of/);
  const entries = await page.locator("#entries-body").textContent();
  if (!entries.includes(SENDER)) throw new Error(`the new opt-out is not listed: ${entries}`);
  const history = await page.locator("#history-body").textContent();
  if (!history.includes("reason: Complaint #4711: customer says STOP was ignored")) {
    throw new Error(`the reason is not in the history: ${history}`);
  }
  step("added with a reason, seen in the history");

  await page.getByRole("button", { name: "Show the evidence" }).click();
  await page.waitForFunction(() => !document.getElementById("evidence-note").hidden ||
    document.querySelectorAll("#evidence-body tr").length > 0);
  if (await page.locator("#evidence-note").isVisible()) {
    report.evidence = { available: false, note: await page.locator("#evidence-note").textContent() };
  } else {
    const kinds = await page.locator("#evidence-body tr").evaluateAll((rows) => rows.map((row) => row.dataset.kind));
    const [printable] = await Promise.all([page.waitForEvent("download"),
      page.getByRole("button", { name: "Download printable report" }).click()]);
    report.evidence = { available: true, kinds, text: await page.locator("#evidence-body").textContent(),
      printable: readFileSync(await printable.path(), "utf8") };
  }
  await axe(page, "search");
  await shot(page, "search");
  step("evidence shown");

  report.phoneOverflow = await onAPhone(page, "search-phone");

  await page.getByRole("link", { name: "List & export" }).click();
  const list = page.locator("#view-list");
  await list.getByLabel("Sender", { exact: true }).fill(SENDER);
  await list.getByRole("button", { name: "Show" }).click();
  await page.locator("#list-body tr").first().waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV" }).click()]);
  report.exported = readFileSync(await download.path(), "utf8");
  await axe(page, "list");
  await shot(page, "list");
  step("listed and exported");

  await page.getByRole("link", { name: "Import" }).click();
  const importFile = path.join(profile, "complaints.csv");
  writeFileSync(importFile, `from,to\n${SENDER},+14255550177\n${SENDER},not a number\n${SENDER},+14255550178\n`);
  await page.getByLabel("File").setInputFiles(importFile);
  await page.locator("#view-import").getByRole("button", { name: "Import" }).click();
  await page.waitForFunction(() => document.getElementById("import-summary").textContent.startsWith("Done"));
  report.imported = await page.locator("#import-summary").textContent();
  report.importErrors = await page.locator("#import-errors tr").evaluateAll(
    (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
  await axe(page, "import");
  await shot(page, "import");
  step("imported with a bad line");

  await page.getByRole("link", { name: "Review queue" }).click();
  const queue = page.locator("#view-reviews");
  await queue.getByLabel("Sender (optional)").fill(REVIEW_SENDER);
  await queue.getByLabel("Status").selectOption("all");
  await queue.getByRole("button", { name: "Show" }).click();
  await statusMatching(page, /^2 reviews shown/);
  await axe(page, "reviews");
  const review = (number) => page.locator("#reviews-body tr", { hasText: number });
  await review(TO_CONFIRM).getByRole("textbox").fill("Called the customer: they want no more messages");
  await review(TO_CONFIRM).getByRole("button", { name: "Confirm" }).click();
  await review(TO_CONFIRM).getByText("confirmed by primary").waitFor();
  // The reversal from the keyboard alone: the note, then Tab past Confirm to Reverse.
  await review(TO_REVERSE).getByRole("textbox").fill("A typo of a question, not a STOP: confirmed with the customer");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await review(TO_REVERSE).getByText("reversed by primary").waitFor();
  report.reviews = await page.locator("#reviews-body tr").evaluateAll(
    (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
  await axe(page, "reviews decided");
  await shot(page, "reviews");
  await page.getByRole("link", { name: "Search a number" }).click();
  await page.getByLabel("Phone number").fill(TO_REVERSE);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await statusMatching(page, /opted out of 0 senders\./);
  await page.locator("#history-sender").fill(REVIEW_SENDER);
  await page.getByRole("button", { name: "Show history" }).click();
  await statusMatching(page, /^History of /);
  report.reversedHistory = await page.locator("#history-body tr").evaluateAll(
    (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
  step("review queue: one confirmed, one reversed, the reversal in the history");

  await page.getByRole("link", { name: "Program briefs" }).click();
  await page.locator("#view-programs").getByLabel("Sender").fill(SENDER);
  await page.getByRole("button", { name: "Open" }).click();
  await page.getByLabel("Program name").fill("Contoso Bank Alerts");
  await page.getByLabel("Help contact").fill("1-800-555-0199");
  for (const language of ["en", "fr"]) {
    await page.locator("#program-new-language").fill(language);
    await page.getByRole("button", { name: "Add a language" }).click();
  }
  await page.getByLabel("Opt-out confirmation (en)").fill("{program}: you will get no more messages. Reply START to resubscribe.");
  await page.getByLabel("Opt-out confirmation (fr)").fill("{program} : vous ne recevrez plus de messages. Répondez START pour vous réabonner ✓");
  report.previews = await page.locator("output.preview").evaluateAll((outputs) => outputs.map((output) => output.textContent));
  await page.getByRole("button", { name: "Save the brief" }).click();
  await statusMatching(page, /Program brief saved/);
  await axe(page, "programs");
  await shot(page, "programs");
  step("program brief edited with previews");

  await page.getByRole("button", { name: "Sign out" }).click();
  report.keptAfterSignOut = await page.evaluate(() => sessionStorage.length);
  step("signed out");
});
