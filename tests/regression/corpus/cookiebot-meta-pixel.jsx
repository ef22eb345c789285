// src/components/MetaPixel.jsx of a React SPA whose banner is Cookiebot: the pixel loads once
// Cookiebot reports a decision, and page views follow React Router.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

const PIXEL_ID = import.meta.env.VITE_META_PIXEL_ID;

function injectPixel() {
  if (window.fbq) return;
  const fbq = function () {
    fbq.callMethod ? fbq.callMethod.apply(fbq, arguments) : fbq.queue.push(arguments);
  };
  fbq.push = fbq;
  fbq.loaded = true;
  fbq.version = '2.0';
  fbq.queue = [];
  window.fbq = fbq;
  window._fbq = fbq;
  const script = document.createElement('script');
  script.async = true;
  script.src = 'https://connect.facebook.net/en_US/fbevents.js';
  document.head.appendChild(script);
}

export function trackPurchase(order) {
  window.fbq?.('track', 'Purchase', { value: order.total, currency: order.currency, num_items: order.items.length });
}

export default function MetaPixel() {
  const location = useLocation();
  const started = useRef(false);

  useEffect(() => {
    function start() {
      // Cookiebot files the Meta pixel under "marketing"; statistics consent does not cover it.
      if (started.current || !window.Cookiebot?.consent?.statistics) return;
      started.current = true;
      injectPixel();
      window.fbq('init', PIXEL_ID); // expect: meta-privacy/require-consent
    }
    window.addEventListener('CookiebotOnAccept', start);
    if (window.Cookiebot?.hasResponse) start();
    return () => window.removeEventListener('CookiebotOnAccept', start);
  }, []);

  useEffect(() => {
    if (started.current) window.fbq('track', 'PageView');
  }, [location.pathname]);

  return null;
}
