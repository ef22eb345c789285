import { useEffect } from 'react';

export default function ThankYou({ order }) {
  useEffect(() => {
    fbq('track', 'Purchase', { value: order.total, currency: 'EUR', phone: order.customer.phone }); // ❌ no-raw-pii
  }, [order]);
  return <p>Thank you, {order.customer.firstName}!</p>;
}
