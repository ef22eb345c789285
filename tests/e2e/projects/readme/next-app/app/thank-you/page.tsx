'use client';
import { useEffect } from 'react';

declare const fbq: (...args: unknown[]) => void;

export default function ThankYouPage({ order }: { order: { total: number; customer: { phone: string } } }) {
  useEffect(() => {
    fbq('track', 'Purchase', { value: order.total, currency: 'EUR', phone: order.customer.phone }); // ❌ no-raw-pii
  }, [order]);
  return <p>Thank you!</p>;
}
