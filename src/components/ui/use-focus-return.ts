import { useRef } from 'react';

/**
 * Where focus goes when a Radix dialog closes. Radix gives it back only to a `Dialog.Trigger`, and
 * these dialogs open from plain buttons and routes, so focus fell to the page body and a keyboard
 * user had to start again from the top. This returns it to what had focus when the dialog opened;
 * when that is gone (the certificate turned on no longer offers "Confirm and turn on", a deleted
 * certificate has no row), to the dialog it sat in (the drawer), or else to the page's main content.
 *
 * An element that says what it stands for (`data-focus-identity`) counts as gone when it stands for
 * something else by the time the dialog closes: the table keys its rows by position, so a deleted
 * certificate's link is kept and rewritten to show the next certificate, which must not get the focus.
 */
export function useFocusReturn() {
  const opener = useRef<{ element: HTMLElement | null; identity?: string; container: HTMLElement | null }>({
    element: null,
    container: null,
  });
  return {
    onOpenAutoFocus: () => {
      const element = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      opener.current = {
        element: element === document.body ? null : element,
        identity: element?.dataset.focusIdentity,
        container: element?.closest<HTMLElement>('[role="dialog"], [role="alertdialog"]') ?? null,
      };
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      // Something else (a drawer opened meanwhile) may have taken focus already: leave it there.
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const { element, identity, container } = opener.current;
      const target =
        element?.isConnected && element.dataset.focusIdentity === identity
          ? element
          : container?.isConnected
            ? container
            : document.getElementById('main');
      target?.focus();
    },
  };
}
