'use client';

// Shop layout: loads the Meta pixel once, tracks page views on route changes and fires a few
// custom events. Rendered by app/layout.tsx around every page of the storefront.
import { useEffect, type ReactNode } from 'react';
import { usePathname } from 'next/navigation';

type Fbq = ((...args: unknown[]) => void) & { queue?: unknown[]; loaded?: boolean; version?: string };

declare global {
  interface Window {
    fbq: Fbq;
    _fbq?: Fbq;
  }
}

interface ShopUser {
  id: string;
  email: string;
  firstName: string;
}

const PIXEL_ID = '1234567890123456';

/** Meta's base code, unminified: defines the `fbq` queue stub and loads fbevents.js. */
function loadPixelBaseCode(): void {
  if (window.fbq) return;
  const fbq: Fbq = (...args: unknown[]) => {
    fbq.queue?.push(args);
  };
  fbq.queue = [];
  fbq.loaded = true;
  fbq.version = '2.0';
  window.fbq = fbq;
  window._fbq = fbq;
  const script = document.createElement('script');
  script.async = true;
  script.src = 'https://connect.facebook.net/en_US/fbevents.js';
  document.head.appendChild(script);
}

export default function StoreLayout({ user, children }: { user: ShopUser | null; children: ReactNode }) {
  const pathname = usePathname();

  useEffect(() => {
    // ❌ require-consent: fbevents.js is loaded and the pixel initialised on every page, with no consent check
    // ✅ no-raw-pii: clear-text advanced matching in `init` is fine (the JS pixel hashes it itself)
    loadPixelBaseCode();
    window.fbq('init', PIXEL_ID, { em: user?.email, external_id: user?.id });
    // ❌ valid-data-processing-options: Limited Data Use must be set BEFORE init, here it is ignored
    window.fbq('dataProcessingOptions', ['LDU'], 1, 1000);
  }, [user]);

  useEffect(() => {
    // ✅ a plain PageView on every route change
    window.fbq('track', 'PageView');
  }, [pathname]);

  return (
    <div className="shop">
      <header>
        <a href="/">ACME Pharmacy</a>
        {user ? <span>Hi {user.firstName}</span> : <a href="/login">Sign in</a>}
      </header>
      <main>{children}</main>
    </div>
  );
}

/** Called by the booking widget once an appointment is confirmed. */
export function onAppointmentBooked(service: 'diabetes-screening' | 'flu-shot', slot: string): void {
  if (service === 'diabetes-screening') {
    // ❌ no-sensitive-event-data: the event name tells Meta this visitor is being screened for diabetes
    window.fbq('trackCustom', 'DiabetesScreeningBooked');
  } else {
    // ✅ neutral event name and parameters
    window.fbq('track', 'Schedule', { content_category: 'appointments', value: 0, currency: 'EUR' });
  }
  console.info(`booked ${service} at ${slot}`);
}

/** Called by the cookie banner whenever the visitor saves their choices. */
export function onCookieConsentSaved(preferences: { marketing: boolean }): void {
  // ✅ consent is granted only when the visitor accepted marketing cookies
  if (preferences.marketing) {
    window.fbq('consent', 'grant');
  }
}
