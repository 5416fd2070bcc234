import { describe, expect, it } from 'vitest';
import { chainWalker, GENESIS, hashEvent, openCursor, sealCursor, signAnchor, verifyChain, type AuditContent } from '../../../../../../plugins/recognition/server/src/domain/audit-chain';

const KEY = 'khoa-thu-nghiem-0123456789';

function chain(n: number, keyedFrom = 1) {
  const out: (AuditContent & { hash: string })[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const e: AuditContent = { seq, at: `2026-01-0${seq}T00:00:00.000Z`, actor: 'a@x.vn', actorRole: 'approver', action: 'recognise', subjectType: 'registration', subjectId: `r${seq}`, prevHash: prev, jurisdiction: seq % 2 ? 'hue' : null };
    const hash = hashEvent(e, seq >= keyedFrom ? KEY : undefined);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

describe('the keyed, anchored audit chain', () => {
  it('verifies a keyed chain against its anchor', () => {
    const events = chain(4);
    expect(verifyChain(events, { key: KEY, anchor: signAnchor({ seq: 4, hash: events[3].hash, at: 'x' }, KEY) })).toEqual({ ok: true, count: 4, keyed: 4, legacy: 0, anchoredSeq: 4 });
  });

  it('accepts unkeyed events only as a leading run written before the key existed', () => {
    expect(verifyChain(chain(4, 3), { key: KEY })).toMatchObject({ ok: true, keyed: 2, legacy: 2 });
    const events = chain(3);
    const forged = { ...events[2], seq: 4, prevHash: events[2].hash, subjectId: 'gia' };
    events.push({ ...forged, hash: hashEvent(forged) });
    expect(verifyChain(events, { key: KEY })).toMatchObject({ ok: false, problem: { seq: 4, problem: expect.stringContaining('ghi thêm giả mạo') } });
  });

  it('names the first bad event: an edit, a wrong key, a gap, a cut-off tail, a forged anchor', () => {
    const edited = chain(3);
    edited[1] = { ...edited[1], actor: 'khac@x.vn' };
    expect(verifyChain(edited, { key: KEY })).toMatchObject({ ok: false, problem: { seq: 2 } });
    expect(verifyChain(chain(3), { key: 'khoa-khac-0123456789' })).toMatchObject({ ok: false, problem: { seq: 1 } });
    const gap = chain(3);
    gap.splice(1, 1);
    expect(verifyChain(gap, { key: KEY })).toMatchObject({ ok: false, problem: { seq: 2 } });
    const full = chain(5);
    const anchor = signAnchor({ seq: 5, hash: full[4].hash, at: 'x' }, KEY);
    expect(verifyChain(full.slice(0, 3), { key: KEY, anchor })).toMatchObject({ ok: false, problem: { seq: 4, problem: expect.stringContaining('bị cắt') } });
    expect(verifyChain(full, { key: KEY, anchor: { ...anchor, seq: 3 } })).toMatchObject({ ok: false, problem: { problem: expect.stringContaining('mốc neo') } });
    // Events appended after the anchor was last written (a crash in between) still verify.
    expect(verifyChain(full, { key: KEY, anchor: signAnchor({ seq: 3, hash: full[2].hash, at: 'x' }, KEY) })).toMatchObject({ ok: true, anchoredSeq: 3 });
  });
});

describe('the chain checked in steps', () => {
  it('gives the same verdict walked page by page, resumed from a sealed cursor, as in one pass', () => {
    const events = chain(7);
    const anchor = signAnchor({ seq: 7, hash: events[6].hash, at: 'x' }, KEY);
    const first = chainWalker({ key: KEY });
    expect(first.feed(events.slice(0, 3))).toBe(true);
    const token = sealCursor(first.cursor(), KEY);
    const resumed = chainWalker({ key: KEY, from: openCursor(token, KEY)! });
    expect(resumed.feed(events.slice(3, 5)) && resumed.feed(events.slice(5))).toBe(true);
    expect(resumed.finish(anchor, events[6].hash)).toEqual(verifyChain(events, { key: KEY, anchor }));
  });

  it('refuses a cursor not sealed with the key, and finds a break after the resume point', () => {
    const events = chain(5);
    const w = chainWalker({ key: KEY });
    w.feed(events.slice(0, 2));
    const token = sealCursor(w.cursor(), KEY);
    expect(openCursor(token, 'khoa-khac-0123456789')).toBeNull();
    const [body, mac] = token.split('.');
    const skipped = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), seq: 4 })).toString('base64url');
    expect(openCursor(`${skipped}.${mac}`, KEY)).toBeNull();
    events[3] = { ...events[3], actor: 'khac@x.vn' };
    const resumed = chainWalker({ key: KEY, from: openCursor(token, KEY)! });
    expect(resumed.feed(events.slice(2))).toBe(false);
    expect(resumed.partial(null)).toMatchObject({ ok: false, count: 3, problem: { seq: 4 } });
    // A cursor that does not match the next event's link is a break too.
    const wrong = chainWalker({ key: KEY, from: { seq: 2, hash: 'f'.repeat(64), keyed: 2, legacy: 0 } });
    expect(wrong.feed(events.slice(2))).toBe(false);
    expect(wrong.partial(null).problem?.problem).toContain('mã băm trước');
  });
});
