// src/lib/track-event.ts of a Next.js course platform: events go to the GTM dataLayer (GTM's tags
// forward them to GA4 and Meta), with a direct pixel call when GTM is blocked but the pixel is not.
// The pixel itself is started by the consent-gated GTM container.
declare global {
  interface Window {
    dataLayer?: Record<string, unknown>[];
    fbq?: (...args: unknown[]) => void;
  }
}

type EventData = Record<string, unknown>;

export function trackEvent(eventName: string, data: EventData = {}, eventID?: string) {
  if (typeof window === 'undefined') return;
  if (window.dataLayer) {
    window.dataLayer.push({ event: 'meta_pixel_event', metaEventName: eventName, metaEventData: data, metaEventId: eventID });
    return;
  }
  if (window.fbq) window.fbq('track', eventName, data, eventID ? { eventID } : undefined);
}

export function trackCourseView(course: { slug: string; title: string; price: number }) {
  trackEvent('ViewContent', { content_ids: [course.slug], content_name: course.title, content_type: 'product', value: course.price, currency: 'USD' });
}

export function trackEnrollmentLead(form: { email: string; phone: string; courseSlug: string }, eventID: string) {
  trackEvent(
    'Lead',
    {
      content_ids: [form.courseSlug],
      email: form.email, // expect: meta-privacy/no-raw-pii
      phone: form.phone, // expect: meta-privacy/no-raw-pii
    },
    eventID,
  );
}

export function trackCheckout(cart: { items: { slug: string; price: number }[]; total: number }) {
  trackEvent('InitiateCheckout', {
    content_ids: cart.items.map((item) => item.slug),
    num_items: cart.items.length,
    value: cart.total,
    currency: 'USD',
  });
}

// Google Ads enhanced conversions read the email from the dataLayer; GTM hashes it for Google only.
export function pushUserForGoogleAds(user: { email: string }) {
  window.dataLayer?.push({ event: 'user_data_ready', enhanced_conversion_data: { email: user.email } });
}
