// config: strict
// src/analytics/MetaPixelProvider.jsx of a Create React App store, following the react-facebook-pixel
// README: init with advanced matching, then revoke until the banner answers.
import { createContext, useContext, useEffect, useMemo } from 'react';
import ReactPixel from 'react-facebook-pixel';
import { useAuth } from '../auth/AuthProvider';
import { useCookieBanner } from '../consent/CookieBanner';

const PIXEL_ID = process.env.REACT_APP_FB_PIXEL_ID;
const MetaPixelContext = createContext(null);

export function MetaPixelProvider({ children }) {
  const { user } = useAuth();
  const banner = useCookieBanner();

  useEffect(() => {
    const advancedMatching = user
      ? {
          em: user.email, // expect: meta-privacy/no-raw-pii
          fn: user.firstName, // expect: meta-privacy/no-raw-pii
          external_id: user.id,
        }
      : undefined;
    ReactPixel.init(PIXEL_ID, advancedMatching, { autoConfig: true, debug: false }); // expect: meta-privacy/require-consent
    ReactPixel.revokeConsent();
    ReactPixel.pageView();
  }, [user]);

  useEffect(() => {
    if (banner.choice?.marketing) ReactPixel.grantConsent();
  }, [banner.choice]);

  const api = useMemo(
    () => ({
      viewItem: (product) => ReactPixel.track('ViewContent', { content_ids: [product.sku], content_name: product.name, value: product.price, currency: 'USD' }),
      addToCart: (product, quantity) =>
        ReactPixel.track('AddToCart', { content_ids: [product.sku], value: product.price * quantity, currency: 'USD' }),
      search: (query) => ReactPixel.track('Search', { search_string: query }),
    }),
    [],
  );

  return <MetaPixelContext.Provider value={api}>{children}</MetaPixelContext.Provider>;
}

export function useMetaPixel() {
  return useContext(MetaPixelContext);
}
