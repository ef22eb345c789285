// The Expo config of the shop's app, with react-native-fbsdk-next's config plugin.
export default {
  expo: {
    name: 'ACME Store',
    slug: 'acme-store',
    plugins: [
      [
        'react-native-fbsdk-next',
        {
          appID: '1234567890123456',
          // ✅ the client token ships in every app: Meta says it is public by design
          clientToken: 'c5078631e4065b60d7544a95abcdef12',
          displayName: 'ACME Store',
          scheme: 'fb1234567890123456',
          // ❌ require-consent: automatic events from the first launch, before the user can be asked
          autoLogAppEventsEnabled: true,
          // ✅ off until the user agrees (the app switches it on at run time)
          advertiserIDCollectionEnabled: false,
          isAutoInitEnabled: false,
          iosUserTrackingPermission: 'Lets us show you more relevant offers.',
        },
      ],
    ],
  },
};
