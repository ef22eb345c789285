import type { Account } from './crm';

declare const fbq: (...args: unknown[]) => void;

// `replyTo` says nothing by its name; its type says it is an email address.
export function trackLead(account: Account): void {
  fbq('track', 'Lead', { recipient: account.replyTo }); // ❌ no-raw-pii
}
