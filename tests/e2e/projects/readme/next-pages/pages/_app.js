import { useEffect } from 'react';
import ReactPixel from 'react-facebook-pixel';

export default function App({ Component, pageProps }) {
  useEffect(() => {
    ReactPixel.init(process.env.NEXT_PUBLIC_FB_PIXEL_ID); // ❌ require-consent
    ReactPixel.pageView();
  }, []);
  return <Component {...pageProps} />;
}
