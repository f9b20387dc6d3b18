// Drives the official ACS JavaScript SDK with a token credential (Microsoft Entra ID), exactly as a keyless user would.
// Usage: OPTOUT_BEARER_TOKEN=<jwt> node entra.mjs <endpoint> <add|remove|check|send> <from> <to> [<to> ...]
// The credential hands the SDK the token the test issued. Prints the SDK's result array as JSON; a thrown RestError
// prints {"error": {...}} and exits 3.
import { SmsClient } from "@azure/communication-sms";

const [endpoint, action, from, ...recipients] = process.argv.slice(2);
const credential = {
  getToken: async () => ({ token: process.env.OPTOUT_BEARER_TOKEN, expiresOnTimestamp: Date.now() + 3600 * 1000 }),
};
const client = new SmsClient(endpoint, credential);
try {
  const results = action === "send"
    ? await client.send({ from, to: recipients, message: "sent with an Entra ID token" })
    : await client.optOuts[action](from, recipients);
  console.log(JSON.stringify(results));
} catch (error) {
  console.log(JSON.stringify({ error: { name: error.name, statusCode: error.statusCode, code: error.code, message: error.message } }));
  process.exit(3);
}
