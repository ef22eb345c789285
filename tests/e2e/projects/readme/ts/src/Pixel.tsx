declare const fbq: (...args: unknown[]) => void;

export function SignupButton({ user }: { user: { email: string } }) {
  const onClick = () => fbq('track', 'CompleteRegistration', { email: user.email }); // ❌ no-raw-pii
  return <button onClick={onClick}>Sign up</button>;
}
