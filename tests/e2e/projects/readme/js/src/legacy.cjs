const META_TOKEN = 'EAAFakeToken0123456789FakeToken0123456789FakeToken0123456789FakeToken0123456789FakeToken0123456789'; // ❌ no-exposed-access-token

module.exports = { META_TOKEN };
