// plugins/meta-pixel.client.ts of a Nuxt 3 site: the base code, page views on every route change,
// and a $metaPixel helper for components. It starts the pixel for every visitor.
type Fbq = ((...args: unknown[]) => void) & { callMethod?: (...args: unknown[]) => void; queue?: unknown[] };

declare global {
  interface Window {
    fbq?: Fbq;
    _fbq?: Fbq;
  }
}

function injectBaseCode() {
  if (window.fbq) return;
  const fbq: Fbq = function (...args: unknown[]) {
    if (fbq.callMethod) fbq.callMethod(...args);
    else fbq.queue!.push(args);
  };
  fbq.queue = [];
  window.fbq = fbq;
  window._fbq = fbq;
  const script = document.createElement('script');
  script.async = true;
  script.src = 'https://connect.facebook.net/en_US/fbevents.js';
  document.head.appendChild(script);
}

export default defineNuxtPlugin((nuxtApp) => {
  const config = useRuntimeConfig();
  const pixelId = config.public.metaPixelId as string | undefined;
  if (!pixelId) return;

  injectBaseCode();
  window.fbq!('init', pixelId); // expect: meta-privacy/require-consent
  window.fbq!('track', 'PageView');

  const router = useRouter();
  router.afterEach((to, from) => {
    if (to.fullPath !== from.fullPath) window.fbq?.('track', 'PageView');
  });

  return {
    provide: {
      metaPixel: {
        search(query: string) {
          window.fbq?.('track', 'Search', { search_string: query });
        },
        viewProduct(product: { id: string; name: string; price: number }) {
          window.fbq?.('track', 'ViewContent', {
            content_ids: [product.id],
            content_name: product.name,
            value: product.price,
            currency: 'EUR',
          });
        },
      },
    },
  };
});
