// js/rastreamento.js do site de uma clínica (São Paulo): pixel depois do aceite no banner LGPD,
// eventos de agendamento e de clique no WhatsApp.
var PIXEL_ID = '987654321012345';
var CHAVE_CONSENTIMENTO = 'lgpd_consentimento';

function consentimentoMarketing() {
  try {
    var salvo = JSON.parse(localStorage.getItem(CHAVE_CONSENTIMENTO) || '{}');
    return salvo.marketing === true;
  } catch (erro) {
    return false;
  }
}

function iniciarPixel() {
  if (!consentimentoMarketing()) return;
  fbq('init', PIXEL_ID);
  fbq('track', 'PageView');
}

function rastrearAgendamento(especialidade, valor) {
  // A especialidade escolhida no formulário vai como texto livre para a Meta.
  fbq('track', 'Schedule', {
    content_name: 'Consulta de rotina',
    content_category: especialidade, // known-miss: meta-privacy/no-sensitive-event-data — a clinic's medical specialty (ginecologia, cardiologia…) read from the form's <select>; the rule sees no text
    value: valor,
    currency: 'BRL',
  });
}

function rastrearGinecologia() {
  fbq('trackCustom', 'AgendamentoGinecologia', { value: 0, currency: 'BRL' }); // expect: meta-privacy/no-sensitive-event-data
}

function rastrearTratamento() {
  fbq('track', 'Lead', {
    content_name: 'Tratamento de Fertilidade', // expect: meta-privacy/no-sensitive-event-data
    content_category: 'Saúde',
  });
}

function rastrearWhatsApp(origem) {
  fbq('track', 'Contact', { content_name: 'WhatsApp', content_category: origem });
}

document.addEventListener('DOMContentLoaded', function () {
  iniciarPixel();

  document.querySelectorAll('[data-origem]').forEach(function (botao) {
    botao.addEventListener('click', function () {
      rastrearWhatsApp(botao.dataset.origem);
    });
  });

  var formulario = document.getElementById('form-agendamento');
  if (!formulario) return;
  formulario.addEventListener('submit', function () {
    var especialidade = formulario.querySelector('select[name="especialidade"]').value;
    if (especialidade === 'ginecologia') rastrearGinecologia();
    else if (especialidade === 'reproducao-humana') rastrearTratamento();
    else rastrearAgendamento(especialidade, 0);
  });
});
