import { renderHook } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { useFocusReturn } from './use-focus-return';

afterEach(() => {
  document.body.replaceChildren();
});

/** A page with its main content and one opener, focused, as when a dialog is opened from it. */
function pageWithOpener(identity?: string) {
  const main = document.createElement('main');
  main.id = 'main';
  main.tabIndex = -1;
  const opener = document.createElement('a');
  opener.href = '#x';
  opener.textContent = 'Certificate 1';
  document.body.append(main, opener);
  if (identity) opener.dataset.focusIdentity = identity;
  opener.focus();
  const { result } = renderHook(() => useFocusReturn());
  result.current.onOpenAutoFocus();
  // The dialog holds focus while open; when it closes, focus has fallen to the body.
  opener.blur();
  const close = () => result.current.onCloseAutoFocus(new Event('focusOutside', { cancelable: true }));
  return { opener, close };
}

test('focus goes back to the element that opened the dialog', () => {
  const { opener, close } = pageWithOpener();
  close();
  expect(opener).toHaveFocus();
});

test('an opener that still stands for the same thing gets focus back', () => {
  const { opener, close } = pageWithOpener('cert-1');
  close();
  expect(opener).toHaveFocus();
});

test('an opener kept but now standing for something else (a row reused for the next certificate) is passed over', () => {
  const { opener, close } = pageWithOpener('cert-1');
  opener.dataset.focusIdentity = 'cert-2';
  opener.textContent = 'Certificate 2';
  close();
  expect(opener).not.toHaveFocus();
  expect(document.getElementById('main')).toHaveFocus();
});

test('an opener that is gone sends focus to the main content', () => {
  const { opener, close } = pageWithOpener('cert-1');
  opener.remove();
  close();
  expect(document.getElementById('main')).toHaveFocus();
});
