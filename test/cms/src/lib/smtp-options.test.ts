// SMTP credentials never in clear: against a real SMTP listener on loopback that offers no
// STARTTLS, a transport built from the app's options refuses to log in and sends nothing; without
// credentials it still delivers.
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { smtpOptions } from '../../../../cms/src/lib/smtp-options';

async function plainServer() {
  const logins: string[] = [];
  let delivered = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _s, cb) {
      logins.push(`${auth.username}:${auth.password}`);
      cb(null, { user: auth.username });
    },
    onData(stream, _s, cb) {
      stream.resume();
      stream.on('end', () => {
        delivered++;
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.server.address() as AddressInfo).port,
    logins,
    delivered: () => delivered,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const mail = {
  from: 'dienhinh@test.local',
  to: 'canbo@test.local',
  subject: 'Nhắc hạn',
  text: 'Còn 7 ngày.',
};

describe('SMTP options', () => {
  it('refuses to send credentials to a server that offers no TLS, and sends nothing', async () => {
    const s = await plainServer();
    try {
      const transport = nodemailer.createTransport(
        smtpOptions({
          SMTP_HOST: '127.0.0.1',
          SMTP_PORT: String(s.port),
          SMTP_USERNAME: 'dienhinh',
          SMTP_PASSWORD: 'bi-mat',
        }),
      );
      await expect(transport.sendMail(mail)).rejects.toThrow(/STARTTLS/i);
      expect(s.logins).toEqual([]);
      expect(s.delivered()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('delivers without credentials over the same server, and requires TLS when asked even then', async () => {
    const s = await plainServer();
    try {
      await nodemailer
        .createTransport(smtpOptions({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(s.port) }))
        .sendMail(mail);
      expect(s.delivered()).toBe(1);
      await expect(
        nodemailer
          .createTransport(
            smtpOptions({
              SMTP_HOST: '127.0.0.1',
              SMTP_PORT: String(s.port),
              SMTP_STARTTLS: 'true',
            }),
          )
          .sendMail(mail),
      ).rejects.toThrow(/STARTTLS/i);
      expect(s.delivered()).toBe(1);
    } finally {
      await s.close();
    }
  });
});
