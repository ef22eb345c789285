// The customer's contact is an `Email` by type only: its name says nothing, its type does.
type Email = string & { readonly brand: 'Email' };

export interface Customer {
  id: string;
  contact: Email;
}

declare const fbq: (...args: unknown[]) => void;

export function trackPurchase(customer: Customer, value: number): void {
  fbq('track', 'Purchase', { value, currency: 'EUR', contact: customer.contact });
}
