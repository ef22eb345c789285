// An Angular service around the pixel: it loads the base code after the consent service says
// marketing is allowed, and offers typed helpers to the components.
import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { Inject, Injectable, PLATFORM_ID } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs/operators';
import { environment } from '../../environments/environment';
import { ConsentService } from './consent.service';

declare const fbq: (command: string, ...args: unknown[]) => void;

export interface ContactForm {
  name: string;
  email: string;
  phone: string;
  topic: string;
}

@Injectable({ providedIn: 'root' })
export class MetaPixelService {
  private loaded = false;

  constructor(
    private readonly router: Router,
    private readonly consent: ConsentService,
    @Inject(DOCUMENT) private readonly document: Document,
    @Inject(PLATFORM_ID) private readonly platformId: object,
  ) {}

  start(): void {
    if (!isPlatformBrowser(this.platformId) || this.loaded) return;
    if (!this.consent.hasMarketingConsent()) return;
    this.loaded = true;
    this.injectScript();
    fbq('init', environment.metaPixelId);
    fbq('track', 'PageView');
    this.router.events.pipe(filter((event) => event instanceof NavigationEnd)).subscribe(() => fbq('track', 'PageView'));
  }

  trackContact(form: ContactForm): void {
    if (!this.loaded) return;
    fbq('track', 'Contact', { content_category: form.topic, phone: form.phone }); // expect: meta-privacy/no-raw-pii
  }

  trackSubscription(plan: { name: string; price: number }): void {
    if (!this.loaded) return;
    fbq('track', 'Subscribe', { content_name: plan.name, value: plan.price, currency: 'EUR', predicted_ltv: plan.price * 12 });
  }

  goToThankYou(form: ContactForm): Promise<boolean> {
    return this.router.navigate(['/contact/thank-you'], { queryParams: { email: form.email } }); // expect: meta-privacy/no-pii-in-url
  }

  private injectScript(): void {
    const script = this.document.createElement('script');
    script.async = true;
    script.src = 'https://connect.facebook.net/en_US/fbevents.js';
    this.document.head.appendChild(script);
  }
}
