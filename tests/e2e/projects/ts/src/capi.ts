// Fixture: positions in this file are asserted exactly by tests/e2e/eslint-api.test.ts.
import { createHash } from 'node:crypto';

interface CheckoutRequest {
  body: { email: string };
}

export function purchaseEvent(req: CheckoutRequest) {
  const event = { event_name: 'Purchase', event_time: 1, action_source: 'website', user_data: { em: req.body.email } };
  return event;
}

export function hashedPurchaseEvent(req: CheckoutRequest) {
  const em: string = createHash('sha256').update(req.body.email.trim().toLowerCase()).digest('hex');
  return { event_name: 'Purchase', event_time: 1, action_source: 'website', user_data: { em } } as const;
}
