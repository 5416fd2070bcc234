// A real SMTP listener on loopback that keeps every message it receives, parsed.
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** `refused`: addresses the server answers 550 for, as a real relay does for a dead mailbox. */
export type Mailbox = {
  port: number;
  messages: ParsedMail[];
  refused: Set<string>;
  close: () => Promise<void>;
};

export async function startSmtp(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address.toLowerCase())) return callback();
      const e = new Error('Mailbox unavailable') as Error & { responseCode: number };
      e.responseCode = 550;
      callback(e);
    },
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    messages,
    refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
