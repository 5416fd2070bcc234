import { describe, expect, it } from 'vitest';
import {
  GENESIS,
  hashEvent,
  signAnchor,
  type AuditContent,
} from '../../../../../plugins/recognition/shared/domain/audit-chain';
import {
  chainWalker,
  openCursor,
  sealCursor,
  verifyChain,
} from '../../../../../plugins/recognition/shared/domain/audit-walk';

const KEY = 'khoa-thu-nghiem-0123456789';
type Event = AuditContent & { hash: string };

/** The line written before chains: events 1..n with no chain, keyed from `keyedFrom` on. */
function chain(n: number, keyedFrom = 1) {
  const out: Event[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const e: AuditContent = {
      seq,
      at: `2026-01-0${seq}T00:00:00.000Z`,
      actor: 'a@x.vn',
      actorRole: 'approver',
      action: 'recognise',
      subjectType: 'registration',
      subjectId: `r${seq}`,
      prevHash: prev,
      jurisdiction: seq % 2 ? 'hue' : null,
    };
    const hash = hashEvent(e, seq >= keyedFrom ? KEY : undefined);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

/** Events of several provinces' chains, interleaved in one numbering from `from` (with gaps, as a sequence leaves them). */
function chains(order: string[], from = 1) {
  const heads = new Map<string, string>();
  return order.map((c, i) => {
    const e: AuditContent = {
      seq: from + 2 * i,
      at: '2026-03-01T00:00:00.000Z',
      actor: 'a@x.vn',
      actorRole: 'approver',
      action: 'score',
      subjectType: 'registration',
      subjectId: `${c}${i}`,
      jurisdiction: c === '*' ? null : c,
      chain: c,
      prevHash: heads.get(c) ?? GENESIS,
    };
    const hash = hashEvent(e, KEY);
    heads.set(c, hash);
    return { ...e, hash } as Event;
  });
}
const anchorsOf = (events: Event[]) => {
  const last = new Map<string, Event>();
  for (const e of events) last.set(e.chain!, e);
  return [...last.values()].map((e) =>
    signAnchor({ seq: e.seq, hash: e.hash, at: 'x', chain: e.chain! }, KEY),
  );
};

describe('the keyed, anchored audit chain', () => {
  it('verifies a keyed chain against its anchor', () => {
    const events = chain(4);
    expect(
      verifyChain(events, {
        key: KEY,
        anchors: [signAnchor({ seq: 4, hash: events[3].hash, at: 'x' }, KEY)],
      }),
    ).toEqual({ ok: true, count: 4, keyed: 4, legacy: 0, anchoredSeq: 4 });
  });

  it('accepts unkeyed events only as a leading run written before the key existed', () => {
    expect(verifyChain(chain(4, 3), { key: KEY })).toMatchObject({ ok: true, keyed: 2, legacy: 2 });
    const events = chain(3);
    const forged = { ...events[2], seq: 4, prevHash: events[2].hash, subjectId: 'gia' };
    events.push({ ...forged, hash: hashEvent(forged) });
    expect(verifyChain(events, { key: KEY })).toMatchObject({
      ok: false,
      problem: { seq: 4, problem: expect.stringContaining('ghi thêm giả mạo') },
    });
  });

  it('names the first bad event: an edit, a wrong key, a gap, a cut-off tail, a forged anchor', () => {
    const edited = chain(3);
    edited[1] = { ...edited[1], actor: 'khac@x.vn' };
    expect(verifyChain(edited, { key: KEY })).toMatchObject({ ok: false, problem: { seq: 2 } });
    expect(verifyChain(chain(3), { key: 'khoa-khac-0123456789' })).toMatchObject({
      ok: false,
      problem: { seq: 1 },
    });
    const gap = chain(3);
    gap.splice(1, 1);
    expect(verifyChain(gap, { key: KEY })).toMatchObject({ ok: false, problem: { seq: 2 } });
    const full = chain(5);
    const anchor = signAnchor({ seq: 5, hash: full[4].hash, at: 'x' }, KEY);
    expect(verifyChain(full.slice(0, 3), { key: KEY, anchors: [anchor] })).toMatchObject({
      ok: false,
      problem: { seq: 5, problem: expect.stringContaining('bị cắt') },
    });
    expect(verifyChain(full, { key: KEY, anchors: [{ ...anchor, seq: 3 }] })).toMatchObject({
      ok: false,
      problem: { problem: expect.stringContaining('mốc neo') },
    });
    // Events appended after the anchor was last written (a crash in between) still verify.
    expect(
      verifyChain(full, {
        key: KEY,
        anchors: [signAnchor({ seq: 3, hash: full[2].hash, at: 'x' }, KEY)],
      }),
    ).toMatchObject({ ok: true, anchoredSeq: 3 });
  });
});

describe('one chain per province', () => {
  const order = ['hue', 'dong-thap', 'hue', '*', 'dong-thap', 'hue', 'dong-thap'];

  it('verifies interleaved chains, each linked to its own previous event, after the line written before chains', () => {
    const events = [...chain(3), ...chains(order, 10)];
    expect(
      verifyChain(events, {
        key: KEY,
        anchors: [
          signAnchor({ seq: 3, hash: events[2].hash, at: 'x' }, KEY),
          ...anchorsOf(events.slice(3)),
        ],
      }),
    ).toEqual({ ok: true, count: 10, keyed: 10, legacy: 0, anchoredSeq: 22 });
    // The numbering over all chains may have gaps (a rolled-back append): only the chains' links count.
    expect(
      verifyChain(chains(order), { key: KEY, anchors: anchorsOf(chains(order)) }),
    ).toMatchObject({ ok: true, count: 7 });
  });

  it('finds an event removed from the middle of a chain, moved to another chain, or forged without the key', () => {
    const removed = chains(order).filter((e) => e.seq !== 5);
    expect(verifyChain(removed, { key: KEY })).toMatchObject({
      ok: false,
      problem: { seq: 11, problem: expect.stringContaining('mã băm trước') },
    });
    const moved = chains(order).map((e) =>
      e.seq === 3 ? { ...e, chain: 'hue', jurisdiction: 'hue' } : e,
    );
    expect(verifyChain(moved, { key: KEY }).ok).toBe(false);
    const events = chains(order);
    const forged = { ...events[6], seq: 20, prevHash: events[6].hash, subjectId: 'gia' };
    expect(
      verifyChain([...events, { ...forged, hash: hashEvent(forged) }], { key: KEY }),
    ).toMatchObject({
      ok: false,
      problem: { seq: 20, problem: expect.stringContaining('giả mạo') },
    });
    // Unkeyed events are never accepted in a chain, not even as its first.
    const plain = { ...events[0], hash: hashEvent(events[0]) };
    expect(verifyChain([plain], { key: KEY })).toMatchObject({ ok: false, problem: { seq: 1 } });
  });

  it('reports a chain without its anchor as a failure, never as a shorter chain', () => {
    const events = chains(order);
    // The last event of "hue" removed together with hue's anchor.
    const lastHue = Math.max(...events.filter((e) => e.chain === 'hue').map((e) => e.seq));
    const cut = events.filter((e) => e.seq !== lastHue);
    const anchors = anchorsOf(events).filter((a) => a.chain !== 'hue');
    expect(verifyChain(cut, { key: KEY, anchors })).toMatchObject({
      ok: false,
      problem: { problem: expect.stringContaining('thiếu mốc neo của chuỗi "hue"') },
    });
    // An insider holding the key re-signs hue's anchor at its new head: the anchors agree, a checkpoint published before does not.
    const last = cut.filter((e) => e.chain === 'hue').at(-1)!;
    const resigned = [
      ...anchors,
      signAnchor({ seq: last.seq, hash: last.hash, at: 'x', chain: 'hue' }, KEY),
    ];
    expect(verifyChain(cut, { key: KEY, anchors: resigned }).ok).toBe(true);
    const w = chainWalker({ key: KEY });
    const published = {
      chain: 'hue',
      seq: lastHue,
      hash: events.find((e) => e.seq === lastHue)!.hash,
      at: '2026-12-05T00:00:00Z',
      found: null,
    };
    expect(w.finish([], [published])).toMatchObject({
      ok: false,
      problem: { seq: lastHue, problem: expect.stringContaining('điểm kiểm tra đã công bố') },
    });
  });

  it('finds a chain cut off at its tail, or removed whole, by its anchor', () => {
    const events = chains(order);
    const anchors = anchorsOf(events);
    expect(verifyChain(events, { key: KEY, anchors })).toMatchObject({ ok: true, anchoredSeq: 13 });
    expect(verifyChain(events.slice(0, -1), { key: KEY, anchors })).toMatchObject({
      ok: false,
      problem: { seq: 13, problem: expect.stringContaining('chuỗi "dong-thap"') },
    });
    expect(
      verifyChain(
        events.filter((e) => e.chain !== '*'),
        { key: KEY, anchors },
      ),
    ).toMatchObject({ ok: false, problem: { seq: 7, problem: expect.stringContaining('bị cắt') } });
    // An anchor whose chain does not match the event at its number was moved there.
    const wrong = signAnchor({ seq: 1, hash: events[0].hash, at: 'x', chain: 'dong-thap' }, KEY);
    expect(verifyChain(events, { key: KEY, anchors: [wrong] })).toMatchObject({
      ok: false,
      problem: { seq: 1, problem: expect.stringContaining('viết lại') },
    });
  });
});

describe('the chain checked in steps', () => {
  it('gives the same verdict walked page by page, resumed from a sealed cursor, as in one pass', () => {
    const events = chain(7);
    const anchors = [signAnchor({ seq: 7, hash: events[6].hash, at: 'x' }, KEY)];
    const first = chainWalker({ key: KEY });
    expect(first.feed(events.slice(0, 3))).toBe(true);
    const token = sealCursor(first.cursor(), KEY);
    const resumed = chainWalker({ key: KEY, from: openCursor(token, KEY)! });
    expect(resumed.feed(events.slice(3, 5)) && resumed.feed(events.slice(5))).toBe(true);
    expect(
      resumed.finish([{ anchor: anchors[0], found: { hash: events[6].hash, chain: null } }]),
    ).toEqual(verifyChain(events, { key: KEY, anchors }));
  });

  it('resumes inside a chain and moves on to the next one', () => {
    const events = chains(['hue', 'dong-thap', 'hue', 'hue', 'dong-thap']);
    const hue = events.filter((e) => e.chain === 'hue');
    const dt = events.filter((e) => e.chain === 'dong-thap');
    const w = chainWalker({ key: KEY });
    w.enter('hue', hue[0].seq);
    expect(w.feed(hue.slice(0, 1))).toBe(true);
    const resumed = chainWalker({ key: KEY, from: openCursor(sealCursor(w.cursor(), KEY), KEY)! });
    expect(resumed.feed(hue.slice(1))).toBe(true);
    resumed.enter('dong-thap', dt[0].seq);
    expect(resumed.feed(dt)).toBe(true);
    expect(resumed.partial()).toMatchObject({ ok: true, count: events.length });
    // The next chain's events fed without entering it are refused: each chain is walked alone.
    const strict = chainWalker({ key: KEY });
    strict.enter('hue', hue[0].seq);
    expect(strict.feed([...hue, ...dt])).toBe(false);
  });

  it('refuses a cursor not sealed with the key, and finds a break after the resume point', () => {
    const events = chain(5);
    const w = chainWalker({ key: KEY });
    w.feed(events.slice(0, 2));
    const token = sealCursor(w.cursor(), KEY);
    expect(openCursor(token, 'khoa-khac-0123456789')).toBeNull();
    const [body, mac] = token.split('.');
    const skipped = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), seq: 4 }),
    ).toString('base64url');
    expect(openCursor(`${skipped}.${mac}`, KEY)).toBeNull();
    events[3] = { ...events[3], actor: 'khac@x.vn' };
    const resumed = chainWalker({ key: KEY, from: openCursor(token, KEY)! });
    expect(resumed.feed(events.slice(2))).toBe(false);
    expect(resumed.partial()).toMatchObject({ ok: false, count: 3, problem: { seq: 4 } });
    // A cursor that does not match the next event's link is a break too.
    const wrong = chainWalker({
      key: KEY,
      from: { chain: null, first: 0, seq: 2, hash: 'f'.repeat(64), keyed: 2, legacy: 0, count: 2 },
    });
    expect(wrong.feed(events.slice(2))).toBe(false);
    expect(wrong.partial().problem?.problem).toContain('mã băm trước');
  });
});
