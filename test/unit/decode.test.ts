import * as assert from 'assert';
import { decodeText } from '../../src/core';

suite('Decoding input files', () => {
  test('Should read UTF-8 with and without a BOM, keeping the BOM in the text', () => {
    assert.deepStrictEqual(decodeText(Buffer.from('维克托：你好')), { ok: true, text: '维克托：你好', encoding: 'utf-8' });
    const bom = decodeText(Buffer.from('\uFEFFAnn: hi'));
    assert.ok(bom.ok && bom.text === '\uFEFFAnn: hi');
  });

  test('Should read UTF-16 in both byte orders by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('김철수: 네', 'utf16le')]);
    const decodedLe = decodeText(le);
    assert.ok(decodedLe.ok && decodedLe.text === '\uFEFF김철수: 네' && decodedLe.encoding === 'utf-16le');
    const be = Buffer.from(le);
    be.swap16();
    const decodedBe = decodeText(be);
    assert.ok(decodedBe.ok && decodedBe.text === '\uFEFF김철수: 네');
  });

  test('Should refuse binary files and other encodings with a reason', () => {
    const binary = decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    assert.ok(!binary.ok && /binary/.test(binary.reason));
    const latin1 = decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    assert.ok(!latin1.ok && /UTF-8/.test(latin1.reason));
  });

  test('Should refuse UTF-32 by its BOM, before taking FF FE for UTF-16LE', () => {
    const le = decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    assert.ok(!le.ok && le.reason === 'is UTF-32LE (convert it to UTF-8 first)');
    const be = decodeText(Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x41]));
    assert.ok(!be.ok && be.reason === 'is UTF-32BE (convert it to UTF-8 first)');
    const utf16 = decodeText(Buffer.from([0xff, 0xfe, 0x41, 0]));
    assert.ok(utf16.ok && utf16.text === '\uFEFFA');
  });
});
