import browser from 'webextension-polyfill';
import { handleMessages, type BackgroundProtocol } from '../shared/protocol';

handleMessages<BackgroundProtocol>({
  ping: () => ({ version: browser.runtime.getManifest().version }),
});
