// Sign-in to the console with Microsoft Entra ID, in Debian's Chromium against the dev host and the stand-in tenant
// (tests/openid_standin.py), through the stand-in's sign-in page: a forged return, a cancel, a refused consent and a
// token for another audience each show a message; a good sign-in makes signed calls and records who, and keeps its
// tokens in the tab's sessionStorage only; a token about to end, or one the service finds expired, is renewed
// without a word (concurrent calls sharing one renewal) and the search succeeds; a sign-in without a refresh token
// asks to sign in again at the end of its token; a refused renewal says so and offers sign-in; sign-out ends the
// Microsoft session and comes back signed out, or stays in the tab where the tenant has no end-session endpoint.
// tests/test_console.py runs it and reads the report.
import { axe, expectProblem, onAPhone, report, shot, statusMatching, step, walkthrough } from "./browser.mjs";

const { AUTHORITY, BASE_URL, EXPIRED_TOKEN, NUMBER, SENDER } = process.env;
const CREDENTIAL = "optout-console-credential";

async function signInChoosing(page, choice) {
  await page.getByRole("button", { name: "Sign in with Microsoft Entra ID" }).click();
  await page.getByRole("button", { name: choice }).click(); // on the tenant's page
  await page.waitForURL(`${BASE_URL}/console/**`);
}

async function signedIn(page, choice = "Sign in as Dana Reviewer") {
  await signInChoosing(page, choice);
  await page.getByRole("heading", { name: "Search a number" }).waitFor();
}

const credentialKept = (page) => page.evaluate((name) => sessionStorage.getItem(name), CREDENTIAL);
const kept = async (page) => JSON.parse(await credentialKept(page));

// Where else a page could keep a token: nothing of the console's may be there.
const keptElsewhere = async (page) => ({
  localStorage: await page.evaluate(() => localStorage.length),
  cookies: (await page.context().cookies()).length,
  indexedDb: await page.evaluate(async () => (await indexedDB.databases()).length),
});

// What the test cannot click at the tenant: an administrator revokes the sessions; the end-session endpoint goes.
const atTheTenant = (action) => fetch(`${AUTHORITY}/stand-in/${action}`, { method: "POST" });

// Time passes for the tab's sign-in (its token ends in `endsIn` ms), or the service's clock finds `token` expired,
// or the tenant gave no refresh token; then the person comes back to the page.
async function timePasses(page, { endsIn, token, noRefreshToken }) {
  await page.evaluate(({ name, change }) => {
    const credential = JSON.parse(sessionStorage.getItem(name));
    if (change.endsIn !== undefined) credential.expiresAt = Date.now() + change.endsIn;
    if (change.token) credential.token = change.token;
    if (change.noRefreshToken) delete credential.refreshToken;
    sessionStorage.setItem(name, JSON.stringify(credential));
  }, { name: CREDENTIAL, change: { endsIn, token, noRefreshToken } });
  await page.reload();
}

async function search(page) {
  await page.getByLabel("Phone number").fill(NUMBER);
  await page.getByRole("button", { name: "Search", exact: true }).click();
}

// A search while the sign-in needs renewing: it succeeds, and nothing tells the person anything happened.
async function searchUnnoticed(page) {
  const before = await kept(page);
  await search(page);
  await statusMatching(page, /: opted out of \d+ senders?\./);
  const after = await kept(page);
  return {
    problemShown: await page.locator("#problem").isVisible(), tokenRenewed: after.token !== before.token,
    refreshTokenRotated: after.refreshToken !== before.refreshToken,
    endsInAboutAnHour: after.expiresAt > Date.now() + 50 * 60000, // the new token's lifetime, not the old one's
  };
}

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
  report.keptAfterRefusals = await credentialKept(page);
  step("cancel, refused consent and wrong audience each said so");

  await signedIn(page);
  report.who = await page.locator("#who").textContent();
  report.addressBar = page.url();
  report.sessionKeys = await page.evaluate(() => Object.keys(sessionStorage));
  report.refreshTokenKept = Boolean((await kept(page)).refreshToken);
  report.keptElsewhere = await keptElsewhere(page);
  await search(page);
  await statusMatching(page, /opted out of 1 sender\./);
  await page.getByLabel("Sender (number, short code or sender ID)").fill(SENDER);
  await page.getByLabel("Reason (kept in the history)").fill("Complaint #4712, signed in with Entra ID");
  await page.getByRole("button", { name: "Record the change" }).click();
  await statusMatching(page, /Opted out of/);
  report.history = await page.locator("#history-body").textContent();
  await axe(page, "signed in with Entra ID");
  step("signed in; a read and a change made with the token");

  // Two minutes before the token ends: renewed before the search is sent.
  await timePasses(page, { endsIn: 2 * 60000 });
  report.renewedBeforeItEnds = await searchUnnoticed(page);
  // The service's clock finds the token expired before the tenant's lifetime says: renewed, and sent once more.
  await timePasses(page, { token: EXPIRED_TOKEN });
  report.renewedWhenRefused = await searchUnnoticed(page);
  // Three calls at once, all needing a renewal: one renewal serves them (the stand-in redeems a refresh token once).
  report.concurrentCalls = await page.evaluate(async () => {
    const api = await import(new URL("api.js", location.href).href); // the page's own module, renewal and all
    const credential = api.savedCredential();
    credential.expiresAt = Date.now();
    const pages = await Promise.all([1, 2, 3].map(() => api.callJson(credential, "GET", "/sms/optouts?maxPageSize=1")));
    return pages.length;
  });
  await page.reload();
  report.renewedConcurrently = await searchUnnoticed(page);
  report.keptElsewhereAfterRenewals = await keptElsewhere(page);
  step("renewed silently: before the token ends, when the service finds it expired, once for concurrent calls");

  // A sign-in without a refresh token (the tenant did not grant offline_access): its token's end asks to sign in.
  await timePasses(page, { endsIn: -1000, noRefreshToken: true });
  await search(page);
  report.expiredInTab = await expectProblem(page, /sign in again/);
  report.keptAfterExpiry = await credentialKept(page);
  step("a sign-in without a refresh token asks to sign in again when its token ends");

  // An administrator revokes the person's sessions: the renewal is refused, and the page says so.
  await signedIn(page);
  await atTheTenant("revoke-sessions");
  await timePasses(page, { endsIn: 60000 });
  await search(page);
  report.renewalRefused = await expectProblem(page, /could not be renewed/);
  report.signInOffered = await page.getByRole("button", { name: "Sign in with Microsoft Entra ID" }).isVisible();
  report.keptAfterRefusedRenewal = await credentialKept(page);
  await axe(page, "renewal refused");
  step("a refused renewal says so and offers sign-in");

  // The tenant's token is already expired by the service's clock: the sign-in is renewed before it is shown.
  await signedIn(page, "Sign in with a token that has already expired");
  report.whoAfterExpiredToken = await page.locator("#who").textContent();

  const returned = page.waitForResponse((response) => response.url() === `${BASE_URL}/console/` &&
    response.request().isNavigationRequest());
  const ended = page.waitForRequest((request) => request.url().includes("/oauth2/v2.0/logout"));
  await page.getByRole("button", { name: "Sign out" }).click();
  report.endSession = (await ended).url();
  await returned;
  await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
  report.addressBarAfterSignOut = page.url();
  report.keptAfterSignOut = await page.evaluate(() => sessionStorage.length);
  report.keptElsewhereAfterSignOut = await keptElsewhere(page);
  step("signed in with an expired token, renewed; signed out of the tab and of the tenant");

  await atTheTenant("withdraw-end-session");
  try {
    await signedIn(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await statusMatching(page, /this tab only/);
    report.signedOutHereOnly = await page.locator("#status").textContent();
    report.keptAfterLocalSignOut = await page.evaluate(() => sessionStorage.length);
  } finally {
    await atTheTenant("offer-end-session");
  }
  step("without an end-session endpoint, sign-out stays in the tab and says so");
});
