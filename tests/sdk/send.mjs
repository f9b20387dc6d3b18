// Sends through the official ACS JavaScript SDK, exactly as a user would, to our send endpoint.
// Usage: node send.mjs <connectionString> <from> <message> <tag> <to> [<to> ...]
// Prints the SDK's result array as JSON; a thrown RestError prints {"error": {...}} and exits 3.
import { SmsClient } from "@azure/communication-sms";

const [connectionString, from, message, tag, ...to] = process.argv.slice(2);
const client = new SmsClient(connectionString, { allowInsecureConnection: true });
try {
  const results = await client.send({ from, to, message }, { enableDeliveryReport: true, tag });
  console.log(JSON.stringify(results));
} catch (error) {
  console.log(JSON.stringify({ error: { name: error.name, statusCode: error.statusCode, code: error.code, message: error.message } }));
  process.exit(3);
}
