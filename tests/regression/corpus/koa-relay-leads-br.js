// config: strict
// servidor/rotas/leads.js: API Koa de uma escola de idiomas (Brasil). O formulário envia o lead; a
// rota grava no Postgres e repassa o evento para a API de Conversões, com o consentimento da LGPD.
const Router = require('@koa/router');
const crypto = require('crypto');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = new Router({ prefix: '/api' });

const PIXEL = process.env.META_PIXEL_ID;
const TOKEN = process.env.META_TOKEN_CAPI;
const VERSAO = process.env.META_API_VERSAO || 'v20.0';

// Função para hash de dados (e-mail, telefone, etc.)
function hashData(dado) {
  return crypto.createHash('sha256').update(dado).digest('hex');
}

async function exigirConsentimento(ctx, next) {
  if (ctx.cookies.get('lgpd_marketing') !== 'sim') {
    ctx.status = 204;
    return;
  }
  await next();
}

async function gravarLead(dados, ip) {
  const { rows } = await pool.query(
    'INSERT INTO leads (nome, email, telefone, curso, fbp, fbc, ip) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
    [dados.nome, dados.email, dados.telefone, dados.curso, dados.fbp, dados.fbc, ip],
  );
  return rows[0].id;
}

router.post('/leads', exigirConsentimento, async (ctx) => {
  const dados = ctx.request.body;
  const ip = ctx.get('x-forwarded-for').split(',')[0] || ctx.ip;
  const id = await gravarLead(dados, ip);

  const evento = {
    event_name: 'Lead',
    event_time: Math.floor(Date.now() / 1000),
    event_id: `lead-${id}`,
    action_source: 'website',
    event_source_url: ctx.get('referer'),
    user_data: {
      em: [hashData(dados.email)], // expect: meta-privacy/no-unhashed-identifiers
      ph: dados.telefone ? [hashData(dados.telefone)] : undefined, // expect: meta-privacy/no-unhashed-identifiers — `telefone` is Portuguese for phone, hashed without normalizing
      external_id: dados.id_sessao,
      user_ip: ip, // expect: meta-privacy/no-unhashed-identifiers
      client_user_agent: ctx.get('user-agent'),
      fbp: dados.fbp,
      fbc: dados.fbc,
    },
    custom_data: { content_name: dados.curso, currency: 'BRL', value: 0 },
  };

  const resposta = await fetch(`https://graph.facebook.com/${VERSAO}/${PIXEL}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: [evento], access_token: TOKEN }),
  });
  ctx.status = resposta.ok ? 201 : 502;
  ctx.body = { id };
});

module.exports = router;
