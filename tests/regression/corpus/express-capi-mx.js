// servidor/meta.js de una tienda en línea (México): el formulario de contacto manda el lead al
// servidor, que lo guarda y lo envía a la API de Conversiones. El código de prueba quedó puesto.
const express = require('express');
const axios = require('axios');
const crypto = require('crypto');
const { guardarContacto } = require('./db');

const router = express.Router();
const PIXEL_ID = process.env.FB_PIXEL_ID;
const ACCESS_TOKEN = process.env.FB_ACCESS_TOKEN;

const sha256 = (valor) => crypto.createHash('sha256').update(valor).digest('hex');
const normalizarTelefono = (telefono) => telefono.replace(/\D/g, '').replace(/^(?!52)/, '52');

function tieneConsentimiento(req) {
  return req.cookies.consentimiento_marketing === 'aceptado';
}

router.post('/contacto', async (req, res) => {
  const datos = req.body;
  await guardarContacto(datos);
  if (!tieneConsentimiento(req)) return res.status(201).json({ ok: true });

  const evento = {
    event_name: 'Contact',
    event_time: Math.floor(Date.now() / 1000),
    action_source: 'website',
    event_source_url: req.get('referer'),
    user_data: {
      em: [datos.correo], // expect: meta-privacy/no-unhashed-identifiers — `correo` is Spanish for email
      ph: [sha256(normalizarTelefono(datos.telefono))],
      client_ip_address: req.ip,
      client_user_agent: req.get('user-agent'),
      fbp: req.cookies._fbp,
      fbc: req.cookies._fbc,
    },
    custom_data: { content_name: datos.producto, currency: 'MXN', value: 0 },
  };

  try {
    await axios.post(`https://graph.facebook.com/v21.0/${PIXEL_ID}/events`, {
      data: [evento],
      test_event_code: 'TEST48213', // expect: meta-privacy/no-test-event-code
      access_token: ACCESS_TOKEN,
    });
  } catch (error) {
    console.error('Error al enviar a Meta', error.response?.data ?? error.message);
  }
  res.status(201).json({ ok: true });
});

module.exports = router;
