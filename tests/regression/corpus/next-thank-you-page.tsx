// app/checkout/thank-you/ThankYou.tsx of a Next.js shop: the order confirmation fires the purchase
// through the site's fpixel helper, and keeps an image pixel for visitors without JavaScript.
'use client';

import { useEffect } from 'react';

export const FB_PIXEL_ID = process.env.NEXT_PUBLIC_FB_PIXEL_ID;

// lib/fpixel, inlined: every event goes through this helper.
export const event = (name: string, options: Record<string, unknown> = {}) => {
  window.fbq?.('track', name, options);
};

interface Checkout {
  id: string;
  name: string;
  total: number;
  currency: string;
  customer: { email: string; firstName: string; phone: string };
  lines: { sku: string; quantity: number }[];
}

function purchasePixelUrl(checkout: Checkout) {
  return (
    `https://www.facebook.com/tr?id=${FB_PIXEL_ID}&ev=Purchase&noscript=1` +
    `&cd[value]=${checkout.total}&cd[currency]=${checkout.currency}&cd[content_name]=${encodeURIComponent(checkout.name)}` +
    `&ud[em]=${encodeURIComponent(checkout.customer.email)}` // expect: meta-privacy/no-unhashed-identifiers
  );
}

export default function ThankYou({ checkout }: { checkout: Checkout }) {
  useEffect(() => {
    event('Purchase', {
      value: checkout.total,
      currency: checkout.currency,
      content_ids: checkout.lines.map((line) => line.sku),
      content_name: checkout.name,
    });
    event('CompleteRegistration', { first_name: checkout.customer.firstName }); // expect: meta-privacy/no-raw-pii
  }, [checkout]);

  return (
    <section>
      <h1>Thank you, your order {checkout.id} is confirmed</h1>
      <noscript>
        <img height="1" width="1" style={{ display: 'none' }} alt="" src={purchasePixelUrl(checkout)} />
      </noscript>
    </section>
  );
}
