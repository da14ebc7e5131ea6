// Quoted history and signatures in the reply styles of common mail clients.
import { describe, expect, it } from 'vitest';
import { quotedText, stripQuoted } from '../../../src/cli/report/sources/email-text';

const NEW = "Thanks, I've reset the password.";

describe('stripQuoted', () => {
  it.each([
    ['Gmail', `${NEW}\n\nOn Mon, Jun 3, 2024 at 10:02 AM Priya Raman <priya@example.com> wrote:\n> Hi\n> it fails`],
    ['Gmail, attribution wrapped', `${NEW}\n\nOn Mon, 3 Jun 2024 at 10:02, Priya Raman <\npriya@example.com> wrote:\n> it fails`],
    ['Outlook', `${NEW}\n\n________________________________\nFrom: Priya Raman <priya@example.com>\nSent: Monday, June 3, 2024 10:02 AM\nTo: Support\nSubject: Help\n\nit fails`],
    ['Outlook (plain)', `${NEW}\n\n-----Original Message-----\nFrom: Priya Raman\nSent: 03 June 2024 10:02\nit fails`],
    ['Apple Mail', `${NEW}\n\nSent from my iPhone\n\n> On 3 Jun 2024, at 10:02, Priya Raman <priya@example.com> wrote:\n>\n> it fails`],
    ['Thunderbird', `${NEW}\n\nOn 03/06/2024 10:02, Priya Raman wrote:\n> it fails`],
    ['German Outlook', `${NEW}\n\nVon: Priya Raman <priya@example.com>\nGesendet: Montag, 3. Juni 2024 10:02\nit fails`],
    ['signature', `${NEW}\n\n-- \nSam Lee | Acme Support | +1 555 0100`],
  ])('%s', (_, text) => {
    expect(stripQuoted(text)).toBe(NEW);
  });

  it('drops interleaved "> " lines but keeps the answers between them', () => {
    expect(stripQuoted('> Can you refund?\nYes, done today.\n> And the fee?\nWaived.')).toBe('Yes, done today.\nWaived.');
  });

  it('keeps a message without quotes as it is (trimmed), "From:" in a sentence included', () => {
    const text = 'From: the warehouse, your parcel left today.\nIt will arrive on Friday.';
    expect(stripQuoted(`  ${text}\n\n`)).toBe(text);
  });
});

describe('quotedText', () => {
  it('gives the message a reply quotes, without markers and headers', () => {
    expect(quotedText(`${NEW}\n\nOn Mon, Jun 3, 2024 at 10:02 AM Priya <p@example.com> wrote:\n> It fails again.\n> Please help.`)).toBe('It fails again.\nPlease help.');
    expect(quotedText(`${NEW}\n\n-----Original Message-----\nFrom: Priya\nSent: today\nSubject: x\n\nIt fails again.`)).toBe('It fails again.');
    expect(quotedText(NEW)).toBe('');
  });
});
