// config: recommended, inline-scripts
// A Next.js app router client component: the pasted base code in <Script>, rendered only once the
// visitor accepted marketing cookies, page views on route changes, and the lead form's thank-you step.
'use client';

import Script from 'next/script';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { useConsent } from '@/components/consent/ConsentProvider';

const PIXEL_ID = process.env.NEXT_PUBLIC_META_PIXEL_ID;

declare global {
  interface Window {
    fbq?: (...args: unknown[]) => void;
  }
}

export function trackPageView() {
  window.fbq?.('track', 'PageView');
}

export function trackPurchase(order: { id: string; total: number; currency: string; items: { sku: string }[] }) {
  window.fbq?.(
    'track',
    'Purchase',
    { value: order.total, currency: order.currency, content_ids: order.items.map((item) => item.sku), content_type: 'product' },
    { eventID: `order-${order.id}` },
  );
}

export function useLeadThankYou() {
  const router = useRouter();
  return (form: { email: string; phone: string; leadId: string }) => {
    window.fbq?.('track', 'Lead', { content_name: 'Quote request', email: form.email }); // expect: meta-privacy/no-raw-pii
    router.push(`/thank-you?lead=${form.leadId}&email=${encodeURIComponent(form.email)}`); // expect: meta-privacy/no-pii-in-url
  };
}

export default function MetaPixel() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const consent = useConsent();

  useEffect(() => {
    if (consent.marketing) trackPageView();
  }, [pathname, searchParams, consent.marketing]);

  if (!PIXEL_ID) return null;

  return (
    <>
      {consent.marketing && (
        <Script id="meta-pixel-base" strategy="afterInteractive">
          {`
            !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
            n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
            n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
            t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script',
            'https://connect.facebook.net/en_US/fbevents.js');
            fbq('init', '${PIXEL_ID}');
            fbq('track', 'PageView');
          `}
        </Script>
      )}
      <noscript>
        <img height="1" width="1" style={{ display: 'none' }} alt="" src={`https://www.facebook.com/tr?id=${PIXEL_ID}&ev=PageView&noscript=1`} />
      </noscript>
    </>
  );
}
