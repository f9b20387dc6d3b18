// Drives the official ACS JavaScript SDK against our service, exactly as a user would.
// Usage: node optouts.mjs <connectionString> <add|remove|check> <from> <to> [<to> ...]
// Prints the SDK's result array as JSON; a thrown RestError prints {"error": {...}} and exits 3.
import { SmsClient } from "@azure/communication-sms";

const [connectionString, action, from, ...recipients] = process.argv.slice(2);
const client = new SmsClient(connectionString, { allowInsecureConnection: true });
try {
  const results = await client.optOuts[action](from, recipients);
  console.log(JSON.stringify(results));
} catch (error) {
  console.log(JSON.stringify({ error: { name: error.name, statusCode: error.statusCode, code: error.code, message: error.message } }));
  process.exit(3);
}
