// Saved pages in the encodings they declare: BOM, <meta charset>, http-equiv, windows-1256.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_RAW_BYTES } from '../decode';
import { declaredCharset, decodeHtmlBytes } from './charset';

const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/html/', import.meta.url));
const bytes = (s: string) => new TextEncoder().encode(s);
const PAGE = '<html><head><title>خبر</title></head><body><p>قال المتحدث إن المحادثات مستمرة.</p></body></html>';

describe('declaredCharset', () => {
  it('reads <meta charset> and the http-equiv form, in any quoting', () => {
    expect(declaredCharset(bytes('<meta charset="UTF-8">'))).toBe('utf-8');
    expect(declaredCharset(bytes("<meta content='text/html; charset=windows-1256' http-equiv='Content-Type'/>"))).toBe('windows-1256');
    expect(declaredCharset(bytes('<meta charset=iso-8859-6>'))).toBe('iso-8859-6');
    expect(declaredCharset(bytes('<meta name="x" content="y">'))).toBeUndefined();
  });
});

describe('decodeHtmlBytes', () => {
  it('decodes a windows-1256 page that declares it (fixture h08)', () => {
    const raw = readFileSync(`${FIXTURES}h08-windows1256-table.html`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow(); // really not UTF-8
    const r = decodeHtmlBytes(raw);
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1256' });
    expect(r.ok && r.text).toContain('البرلمان الأوروبي يطالب بمحاكمة دولية');
  });
  it('reads an undeclared legacy page as windows-1256 rather than rejecting it', () => {
    const raw = readFileSync(`${FIXTURES}h08-windows1256-table.html`);
    const undeclared = Buffer.from(raw.toString('latin1').replace(/charset=windows-1256/, ''), 'latin1');
    const r = decodeHtmlBytes(undeclared);
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1256' });
    expect(r.ok && r.text).toContain('ستراسبورغ');
  });
  it('decodes ISO-8859-6 when declared', () => {
    // «روسيا» in ISO-8859-6: ر=0xD1 و=0xE8 س=0xD3 ي=0xEA ا=0xC7
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-6"></head><body><p>'), Buffer.from([0xd1, 0xe8, 0xd3, 0xea, 0xc7]), Buffer.from('</p></body></html>')]);
    const r = decodeHtmlBytes(page);
    expect(r).toMatchObject({ ok: true, encoding: 'iso-8859-6' });
    expect(r.ok && r.text).toContain('روسيا');
  });
  it('skips a UTF-8 BOM and honours UTF-16 BOMs (fixture h14 has a BOM)', () => {
    const r = decodeHtmlBytes(readFileSync(`${FIXTURES}h14-blogger-bom.html`));
    expect(r.ok && r.text.startsWith('<!DOCTYPE html>')).toBe(true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]);
    expect(decodeHtmlBytes(utf16)).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });
  it('names the reason for bad input', () => {
    expect(decodeHtmlBytes(bytes('مجرد نص عربي بلا وسوم'))).toEqual({ ok: false, reason: 'not HTML (no <html>, <body> or other page tags)' });
    expect(decodeHtmlBytes(bytes('<html><body><p>English only</p></body></html>'))).toEqual({ ok: false, reason: 'no Arabic text' });
    expect(decodeHtmlBytes(bytes('<meta charset="klingon-8">' + PAGE))).toEqual({ ok: false, reason: 'unsupported encoding declared in <meta charset>: «klingon-8»' });
    expect(decodeHtmlBytes(new Uint8Array([60, 104, 116, 0, 1, 2]))).toEqual({ ok: false, reason: 'binary file (NUL bytes)' });
    expect(decodeHtmlBytes(new Uint8Array(MAX_RAW_BYTES + 1)).ok).toBe(false);
    expect(decodeHtmlBytes(bytes('   \n'))).toEqual({ ok: false, reason: 'empty or whitespace-only' });
  });
});
