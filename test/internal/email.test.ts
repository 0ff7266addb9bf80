import { expect } from '@open-wc/testing';
import { emailProblem } from '../../src/internal/email.js';

/**
 * The forms check an address before sending it, by the same rule as the server (the contract's
 * `format: email`): what the form lets through, the server accepts, and the other way round.
 */
describe('emailProblem (Add member, Invite member)', () => {
  it('accepts the addresses people have', () => {
    for (const email of ['ana.lopez+billing@northwind.example', "o'neil@mail.northwind.example", ' J-P_Smith@North-Wind.example ']) {
      expect(emailProblem(email), email).to.equal(undefined);
    }
  });

  it('says what is wrong with markup, commas, quotes and broken domains', () => {
    for (const email of ['<svg/onload=alert(1)>@evil.example', 'first,last@example.com', '"quoted"@example.com', 'name@example..com', 'name@example.com.', 'name@-example.com', 'name@exa_mple.com', 'name@example', '']) {
      expect(emailProblem(email), email).to.contain('valid email');
    }
  });
});
