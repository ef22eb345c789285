// "Call me back" requests posted by the landing-page form (without JavaScript) to the Express API.
// Nothing here talks to Meta directly, but the page the browser is redirected to carries the pixel.
import express from 'express';
import { saveLead } from './db.js';

export const callbackRoutes = express.Router();

callbackRoutes.post('/callback', express.urlencoded({ extended: false }), async (req, res) => {
  const { email, phone } = req.body;
  const lead = await saveLead({ email, phone });
  // ❌ no-pii-in-url: the thank-you page URL carries the phone number, and the pixel on that page sends its URL to Meta
  res.redirect(303, `/callback/thanks?lead=${lead.id}&phone=${encodeURIComponent(phone)}`);
});

callbackRoutes.post('/callback/retry', express.urlencoded({ extended: false }), async (req, res) => {
  const lead = await saveLead({ email: req.body.email, phone: req.body.phone });
  // ✅ an opaque lead id and static values only
  res.redirect(303, `/callback/thanks?lead=${lead.id}&source=retry&via=email-digest`);
});
