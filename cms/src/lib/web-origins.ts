// The origins a browser may call this app from with credentials: the configured public URL(s)
// only. Strapi's default reflected any Origin (and "null"), so a page on another port of the
// same host could mint an admin token from the refresh cookie.
export function allowedOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = [
    env.DIENHINH_PUBLIC_URL || 'http://localhost:1337',
    env.PUBLIC_URL,
    ...(env.DIENHINH_CORS_ORIGINS ?? '').split(','),
  ];
  const out = new Set<string>();
  for (const value of raw) {
    const v = value?.trim();
    if (!v) continue;
    try {
      out.add(new URL(v).origin);
    } catch {
      throw new Error(
        `Địa chỉ "${v}" trong DIENHINH_PUBLIC_URL / PUBLIC_URL / DIENHINH_CORS_ORIGINS không hợp lệ (an absolute http(s) URL is expected).`,
      );
    }
  }
  return [...out].filter((o) => o !== 'null');
}
