import Script from 'next/script';
import type { ReactNode } from 'react';

// The pixel started in an inline <Script> on every page, with no consent step.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <Script id="meta-pixel" strategy="afterInteractive" dangerouslySetInnerHTML={{ __html: `
          fbq('init', '1234567890'); // ❌ require-consent
          fbq('track', 'PageView');
        ` }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
