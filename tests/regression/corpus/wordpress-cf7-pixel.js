// wp-content/themes/clinic-child/js/tracking.js of a WordPress dental practice: the Meta pixel
// (started by the Complianz banner, which loads this file only after marketing consent) and a Lead
// event when Contact Form 7 sends the appointment request, then the thank-you page.
(function () {
  var APPOINTMENT_FORM_ID = 482;
  var NEWSLETTER_FORM_ID = 517;

  function formFields(event) {
    var fields = {};
    event.detail.inputs.forEach(function (input) {
      fields[input.name] = input.value;
    });
    return fields;
  }

  document.addEventListener('wpcf7mailsent', function (event) {
    var fields = formFields(event);

    if (event.detail.contactFormId === NEWSLETTER_FORM_ID) {
      fbq('track', 'Subscribe', { content_name: 'Newsletter' });
      return;
    }
    if (event.detail.contactFormId !== APPOINTMENT_FORM_ID) return;

    // Every field of the form (your-name, your-email, your-phone, your-message) goes as a parameter.
    fbq('track', 'Lead', fields); // expect: meta-privacy/no-raw-pii
    fbq('track', 'Schedule', { content_name: 'Appointment request' });

    var email = fields['your-email'];
    window.location.href = '/thank-you/?email=' + encodeURIComponent(email); // expect: meta-privacy/no-pii-in-url
  });

  document.querySelectorAll('a[href^="tel:"]').forEach(function (link) {
    link.addEventListener('click', function () {
      fbq('track', 'Contact', { content_name: 'Phone call' });
    });
  });
})();
