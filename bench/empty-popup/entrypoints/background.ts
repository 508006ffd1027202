import { defineBackground } from 'wxt/utils/define-background';

// A service worker, so the benchmark can open this popup with action.openPopup() as it does Paperboy's.
export default defineBackground(() => undefined);
