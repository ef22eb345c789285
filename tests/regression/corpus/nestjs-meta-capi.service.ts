// A NestJS provider that sends the shop's server events: the URL and the token live in class
// fields, hashing goes through the class's own helpers.
import { createHash } from 'node:crypto';
import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

export interface RequestContext {
  ip: string;
  userAgent: string;
  fbp?: string;
  fbc?: string;
  sourceUrl: string;
  marketingConsent: boolean;
}

export interface LeadDto {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  formName: string;
}

export interface OrderDto {
  id: string;
  email: string;
  phone: string;
  total: number;
  currency: string;
  items: { sku: string; quantity: number; price: number }[];
}

@Injectable()
export class MetaCapiService {
  private readonly logger = new Logger(MetaCapiService.name);
  private readonly apiUrl: string;
  private readonly accessToken: string;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    const version = config.get<string>('META_API_VERSION', 'v21.0');
    this.apiUrl = `https://graph.facebook.com/${version}/${config.getOrThrow<string>('META_PIXEL_ID')}/events`;
    this.accessToken = config.getOrThrow<string>('META_CAPI_TOKEN');
  }

  private hash(value: string): string {
    return createHash('sha256').update(value.trim().toLowerCase()).digest('hex');
  }

  /** Phone numbers: digits only, then hashed. */
  private hashPhone(phone: string): string {
    return createHash('md5').update(phone.replace(/\D/g, '')).digest('hex');
  }

  private async post(events: object[]): Promise<void> {
    try {
      await firstValueFrom(this.http.post(this.apiUrl, { data: events, access_token: this.accessToken }));
    } catch (error) {
      this.logger.error('Conversions API request failed', error as Error);
    }
  }

  async sendLead(lead: LeadDto, ctx: RequestContext): Promise<void> {
    if (!ctx.marketingConsent) return;
    await this.post([
      {
        event_name: 'Lead',
        event_time: Math.floor(Date.now() / 1000),
        action_source: 'website',
        event_source_url: ctx.sourceUrl,
        user_data: {
          em: [this.hash(lead.email)],
          ph: [this.hashPhone(lead.phone)], // expect: meta-privacy/no-unhashed-identifiers
          fn: [this.hash(lead.firstName)],
          ln: [this.hash(lead.lastName)],
          client_ip_address: ctx.ip,
          client_user_agent: ctx.userAgent,
          fbp: ctx.fbp,
          fbc: ctx.fbc,
        },
        custom_data: { content_name: lead.formName },
      },
    ]);
  }

  async sendPurchase(order: OrderDto, ctx: RequestContext): Promise<void> {
    if (!ctx.marketingConsent) return;
    await this.post([
      {
        event_name: 'Purchase',
        event_time: Math.floor(Date.now() / 1000),
        event_id: `order-${order.id}`,
        action_source: 'website',
        event_source_url: ctx.sourceUrl,
        user_data: {
          em: [this.hash(order.email)],
          client_ip_address: ctx.ip,
          client_user_agent: ctx.userAgent,
          fbp: ctx.fbp,
          fbc: ctx.fbc,
        },
        custom_data: {
          value: order.total,
          currency: order.currency,
          contents: order.items.map((item) => ({ id: item.sku, quantity: item.quantity, item_price: item.price })),
        },
      },
    ]);
  }
}
