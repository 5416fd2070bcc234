// The SMTP transport's options from the environment. Mail uses STARTTLS whenever the server
// offers it; with credentials, TLS is required (implicit with SMTP_SECURE=true, else STARTTLS),
// so that a user name and password never cross the network in clear: a server that offers no
// TLS gets no credentials and the message is not sent.
type Env = Record<string, string | undefined>;

const bool = (v: string | undefined, def: boolean) =>
  v === undefined || v === '' ? def : v === 'true';

export function smtpOptions(env: Env) {
  const secure = bool(env.SMTP_SECURE, false);
  const auth = env.SMTP_USERNAME
    ? { user: env.SMTP_USERNAME, pass: env.SMTP_PASSWORD ?? '' }
    : undefined;
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT || (secure ? 465 : 587)),
    secure,
    requireTLS: !secure && (!!auth || bool(env.SMTP_STARTTLS, false)),
    tls: {
      rejectUnauthorized: bool(env.SMTP_TLS_REJECT_UNAUTHORIZED, true),
      minVersion: 'TLSv1.2' as const,
    },
    ...(auth ? { auth } : {}),
  };
}
