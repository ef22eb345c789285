fbq('track', 'Lead', { email: user.email });
