import { createContext, useContext, type ComponentProps } from 'react';
import { NavLink } from 'react-router-dom';

/** The place of the main menu (app/nav-order.ts) being drawn; the menu sets it around each place. */
export const MenuPlaceContext = createContext<string | null>(null);

/**
 * A link of the main menu: a NavLink that names its place of the menu in
 * `data-place`, so a test can hold each place to what the menu catalogue
 * (NAV_PLACE_SHOWS) says it shows, however many links a place draws.
 */
export function MenuLink(props: ComponentProps<typeof NavLink>) {
  const place = useContext(MenuPlaceContext);
  return <NavLink {...props} data-place={place ?? undefined} />;
}
