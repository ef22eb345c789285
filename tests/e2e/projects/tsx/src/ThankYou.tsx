// Fixture: positions in this file are asserted exactly by tests/e2e/eslint-api.test.ts.
import { useEffect } from 'react';

declare global {
  interface Window {
    fbq: (...args: unknown[]) => void;
  }
}

interface Props {
  order: { id: string; total: number };
  customer: { email: string; firstName: string };
}

export function ThankYou({ order, customer }: Props) {
  useEffect(() => {
    window.fbq('track', 'Purchase', { value: order.total, currency: 'EUR' }, { eventID: order.id, em: customer.email });
  }, [order, customer]);
  return <p>Thank you, {customer.firstName}!</p>;
}
