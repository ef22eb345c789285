// pages/_app.jsx of a Next.js pages-router shop: the react-facebook-pixel snippet most blog posts
// copy (a dynamic import, so the module never runs on the server), and a signup helper.
import { useEffect } from 'react';
import { useRouter } from 'next/router';
import '../styles/globals.css';

const PIXEL_ID = process.env.NEXT_PUBLIC_FACEBOOK_PIXEL_ID;

export async function trackSignup(plan) {
  const { default: ReactPixel } = await import('react-facebook-pixel');
  // plan.name is the product the visitor chose ("Pro yearly"), not a person's name.
  ReactPixel.track('CompleteRegistration', { content_name: plan.name, value: plan.price, currency: 'USD' });
}

export async function trackAddToCart(product, quantity) {
  const { default: ReactPixel } = await import('react-facebook-pixel');
  ReactPixel.track('AddToCart', {
    content_ids: [product.sku],
    content_name: product.name,
    content_type: 'product',
    value: product.price * quantity,
    currency: 'USD',
  });
}

function MyApp({ Component, pageProps }) {
  const router = useRouter();

  useEffect(() => {
    import('react-facebook-pixel')
      .then((x) => x.default)
      .then((ReactPixel) => {
        ReactPixel.init(PIXEL_ID, undefined, { autoConfig: true, debug: false }); // expect: meta-privacy/require-consent
        ReactPixel.pageView();

        router.events.on('routeChangeComplete', () => {
          ReactPixel.pageView();
        });
      });
  }, [router.events]);

  return <Component {...pageProps} />;
}

export default MyApp;
