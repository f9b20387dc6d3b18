// Sign-in to the console with Microsoft Entra ID, in Debian's Chromium against the dev host and the stand-in tenant
// (tests/openid_standin.py), through the stand-in's sign-in page: a forged return, a cancel, a refused consent, a
// token for another audience and an expired token each show a message; a good sign-in makes signed calls and records
// who; a token past its lifetime asks to sign in again; sign-out forgets it. tests/test_console.py runs it and reads the report.
import { axe, expectProblem, onAPhone, report, shot, statusMatching, step, walkthrough } from "./browser.mjs";

const { BASE_URL, NUMBER, SENDER } = process.env;

async function signInChoosing(page, choice) {
  await page.getByRole("button", { name: "Sign in with Microsoft Entra ID" }).click();
  await page.getByRole("button", { name: choice }).click(); // on the tenant's page
  await page.waitForURL(`${BASE_URL}/console/**`);
}

const credentialKept = (page) => page.evaluate(() => sessionStorage.getItem("optout-console-credential"));

await walkthrough(async (page) => {
  await page.goto(`${BASE_URL}/console/`);
  await page.getByRole("button", { name: "Sign in with Microsoft Entra ID" }).waitFor();
  await axe(page, "sign-in choice");
  await shot(page, "sign-in");
  report.phoneOverflow = await onAPhone(page);
  step("the sign-in choice");

  // A code arriving with a state this tab did not make (a forged sign-in link) is refused before any redemption.
  await page.goto(`${BASE_URL}/console/?code=stolen&state=forged`);
  report.forged = await expectProblem(page, /not started from this tab/);
  report.addressBarAfterForged = page.url();

  await signInChoosing(page, "Cancel");
  report.cancelled = await expectProblem(page, /cancelled/);
  await signInChoosing(page, "Do not consent");
  report.declined = await expectProblem(page, /did not sign you in/);
  await signInChoosing(page, "Sign in with a token for another service");
  report.wrongAudience = await expectProblem(page, /another audience/);
  await axe(page, "sign-in refused");
  await shot(page, "sign-in-refused");
  await signInChoosing(page, "Sign in with a token that has already expired");
  report.expiredToken = await expectProblem(page, /sign in again/);
  report.keptAfterRefusals = await credentialKept(page);
  step("cancel, refused consent, wrong audience and expired token each said so");

  await signInChoosing(page, "Sign in as Dana Reviewer");
  await page.getByRole("heading", { name: "Search a number" }).waitFor();
  report.who = await page.locator("#who").textContent();
  report.addressBar = page.url();
  report.localStorage = await page.evaluate(() => localStorage.length);
  report.sessionKeys = await page.evaluate(() => Object.keys(sessionStorage));
  await page.getByLabel("Phone number").fill(NUMBER);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await statusMatching(page, /opted out of 1 sender\./);
  await page.getByLabel("Sender (number, short code or sender ID)").fill(SENDER);
  await page.getByLabel("Reason (kept in the history)").fill("Complaint #4712, signed in with Entra ID");
  await page.getByRole("button", { name: "Record the change" }).click();
  await statusMatching(page, /Opted out of/);
  report.history = await page.locator("#history-body").textContent();
  await axe(page, "signed in with Entra ID");
  step("signed in; a read and a change made with the token");

  // Time passes: the tab's token reaches the lifetime the tenant gave it.
  await page.evaluate(() => {
    const kept = JSON.parse(sessionStorage.getItem("optout-console-credential"));
    sessionStorage.setItem("optout-console-credential", JSON.stringify({ ...kept, expiresAt: Date.now() - 1000 }));
  });
  await page.reload();
  await page.getByLabel("Phone number").fill(NUMBER);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  report.expiredInTab = await expectProblem(page, /sign in again/);
  report.keptAfterExpiry = await credentialKept(page);
  step("an expired sign-in asks to sign in again");

  await signInChoosing(page, "Sign in as Dana Reviewer");
  await page.getByRole("heading", { name: "Search a number" }).waitFor();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
  report.keptAfterSignOut = await page.evaluate(() => sessionStorage.length);
  step("signed in again and out");
});
