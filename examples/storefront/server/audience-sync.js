// Nightly job: syncs customer lists to Meta Custom Audiences (Graph API `/{audience-id}/users`).
// Custom Audience uploads carry the shop's own customer list under Meta's Custom Audience terms, so
// require-consent does not judge them; what is uploaded must still be hashed as Meta requires.
import { createHash } from 'node:crypto';

const GRAPH = 'https://graph.facebook.com/v21.0';

function sha256(value) {
  return createHash('sha256').update(value).digest('hex');
}

/** Meta's normalization of an email before hashing: trimmed and lowercased. */
function normalizedEmail(email) {
  return email.trim().toLowerCase();
}

async function upload(audienceId, accessToken, payload) {
  const response = await fetch(`${GRAPH}/${audienceId}/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ payload, access_token: accessToken }),
  });
  return response.json();
}

/** Newsletter subscribers, in batches of 10,000 rows. */
export async function syncSubscribers(audienceId, accessToken, subscribers) {
  const rows = subscribers.map((subscriber) => [
    // ✅ normalized, then SHA-256
    sha256(normalizedEmail(subscriber.email)),
    // ❌ no-unhashed-identifiers: the PHONE column goes to Meta in clear
    subscriber.phone,
  ]);
  for (let i = 0; i < rows.length; i += 10000) {
    await upload(audienceId, accessToken, { schema: ['EMAIL', 'PHONE'], data: rows.slice(i, i + 10000) });
  }
}

/** The correct twin: every contact column hashed, the mobile advertiser ID sent as-is. */
export async function syncAppCustomers(audienceId, accessToken, customers) {
  // ✅ SHA-256 after normalization; MADID is never hashed
  const data = customers.map((customer) => [sha256(normalizedEmail(customer.email)), sha256(customer.phone.replace(/\D/g, '')), customer.advertisingId]);
  await upload(audienceId, accessToken, { schema: ['EMAIL', 'PHONE', 'MADID'], data });
}
