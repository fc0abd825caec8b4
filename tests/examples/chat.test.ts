import { describe, expect, it } from 'vitest';
import { chatPages } from '../../examples/chat.js';
import { SimulatedUser } from '../../framework/testing/index.js';

describe('chat example', () => {
  it('shows a message sent in one tab in the other tab, live', async () => {
    const alice = new SimulatedUser({ pages: chatPages });
    const bob = new SimulatedUser({ pages: chatPages });
    await alice.open('/');
    await bob.open('/');
    await (await alice.find('Anonymous').clear()).type('Alice');
    await alice.find({ text: 'Say something' }).type('hello bob');
    await alice.find({ text: 'Say something' }).press('Enter');
    await bob.should.see('Alice: hello bob');
    expect(alice.find({ text: 'Say something' }).value).toBe('');
    alice.close();
    bob.close();
  });

  it('stops sending to a tab once its client is gone', async () => {
    const gone = new SimulatedUser({ pages: chatPages });
    const stays = new SimulatedUser({ pages: chatPages });
    await gone.open('/');
    await stays.open('/');
    const goneClient = gone.client;
    gone.close();
    await stays.find({ text: 'Say something' }).type('anyone?');
    await stays.find('Send').click();
    await stays.should.see('anyone?');
    expect(goneClient.elements.size).toBe(0);
    stays.close();
  });
});

