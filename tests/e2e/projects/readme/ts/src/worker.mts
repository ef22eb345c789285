export const config = { pixelId: '1234567890', token: 'EAAFakeToken0123456789FakeToken0123456789FakeToken0123456789FakeToken0123456789FakeToken0123456789' as const }; // ❌ no-exposed-access-token
