// corpus: clean
// src/leads/service.ts of a Fastify API: a lead is stored with Prisma, logged, queued for the CRM
// and, with marketing consent, sent to the Conversions API hashed. None of the first-party copies
// (database row, log line, queue message, response) is a Meta payload.
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { PrismaClient } from '@prisma/client';
import { Redis } from 'ioredis';

const prisma = new PrismaClient();
const redis = new Redis(process.env.REDIS_URL!);

const CAPI_URL = `https://graph.facebook.com/${process.env.META_API_VERSION ?? 'v21.0'}/${process.env.META_PIXEL_ID}/events`;

interface LeadInput {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  fbp?: string;
  fbc?: string;
  eventId: string;
  marketingConsent: boolean;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const normalizeEmail = (email: string) => email.trim().toLowerCase();
const normalizePhone = (phone: string) => phone.replace(/\D/g, '');

async function storeLead(input: LeadInput, ip: string, userAgent: string | undefined) {
  return prisma.lead.create({
    data: {
      email: input.email,
      phone: input.phone,
      firstName: input.firstName,
      lastName: input.lastName,
      fbp: input.fbp,
      fbc: input.fbc,
      ipAddress: ip,
      userAgent,
    },
  });
}

async function queueForCrm(leadId: string, input: LeadInput) {
  await redis.lpush('crm:leads', JSON.stringify({ leadId, email: input.email, phone: input.phone, fbp: input.fbp, fbc: input.fbc }));
}

async function sendLeadToMeta(input: LeadInput, ip: string, userAgent: string | undefined, log: FastifyBaseLogger) {
  if (!input.marketingConsent) return;
  const response = await fetch(CAPI_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      access_token: process.env.META_CAPI_TOKEN,
      data: [
        {
          event_name: 'Lead',
          event_time: Math.floor(Date.now() / 1000),
          event_id: input.eventId,
          action_source: 'website',
          user_data: {
            em: [sha256(normalizeEmail(input.email))],
            ph: [sha256(normalizePhone(input.phone))],
            fn: [sha256(input.firstName.trim().toLowerCase())],
            ln: [sha256(input.lastName.trim().toLowerCase())],
            client_ip_address: ip,
            client_user_agent: userAgent,
            fbp: input.fbp,
            fbc: input.fbc,
          },
        },
      ],
    }),
  });
  if (!response.ok) log.warn({ status: response.status }, 'Meta rejected the lead event');
}

export async function createLead(request: FastifyRequest<{ Body: LeadInput }>, reply: FastifyReply) {
  const input = request.body;
  const userAgent = request.headers['user-agent'];
  const lead = await storeLead(input, request.ip, userAgent);
  request.log.info({ leadId: lead.id, email: input.email, fbp: input.fbp, fbc: input.fbc, ip: request.ip }, 'lead stored');
  await queueForCrm(lead.id, input);
  await sendLeadToMeta(input, request.ip, userAgent, request.log);
  return reply.code(201).send({ id: lead.id, email: lead.email, fbp: lead.fbp });
}
