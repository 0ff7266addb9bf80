/**
 * What each design token is for, by group: the documentation half of `tokens.ts` (which holds the
 * property names and defaults, the half the elements ship). The README table and Storybook's
 * `Theming/Tokens` page are built from the two together; `npm run tokens:doc -- --check` (CI) fails
 * when a token has no entry here or an entry has no token. Not imported by any element.
 */
export const tokenGroups = ['Colour', 'Focus ring', 'Spacing', 'Controls', 'Radius', 'Typography', 'Elevation'] as const;

export const tokenDocs: Record<string, { group: (typeof tokenGroups)[number]; use: string }> = {
  colorText: { group: 'Colour', use: 'Body text.' },
  colorTextMuted: { group: 'Colour', use: 'Secondary text: hints, column headings, scope descriptions (4.5:1 on the surfaces).' },
  colorSurface: { group: 'Colour', use: 'Dialogs and menus; the area itself has no background of its own and sits on your page.' },
  colorSurfaceRaised: { group: 'Colour', use: 'Hovered navigation links, badges, the secret and code blocks.' },
  colorBorder: { group: 'Colour', use: 'Dividers between rows and sections.' },
  colorBorderStrong: { group: 'Colour', use: 'Boundaries of inputs and buttons (3:1 against the surface, WCAG 1.4.11).' },
  colorAccent: { group: 'Colour', use: 'Primary buttons, links, the current section.' },
  colorAccentText: { group: 'Colour', use: 'Text on the accent colour (primary buttons).' },
  colorAccentSurface: { group: 'Colour', use: 'Background of the current section and hovered menu items.' },
  colorDanger: { group: 'Colour', use: 'Destructive actions (revoke, remove) and field errors.' },
  colorDangerSurface: { group: 'Colour', use: 'Background of danger badges (revoked, failed).' },
  colorWarningSurface: { group: 'Colour', use: 'Background of warning badges (expired, disabled, expires soon) and pending invitations.' },
  colorFocus: { group: 'Focus ring', use: 'The keyboard focus outline of every control. `transparent` for a box-shadow ring: the outline then shows only in forced colours (Windows contrast themes), which draw no shadows.' },
  focusRingWidth: { group: 'Focus ring', use: 'Width of the focus outline (inside menu items, outside every other control).' },
  focusRingOffset: { group: 'Focus ring', use: 'Gap between a control and its focus outline; `0` for a ring that hugs it.' },
  focusRingShadow: { group: 'Focus ring', use: "A box-shadow ring on the focused control, e.g. `0 0 0 3px rgb(124 58 237 / 0.5)`; a dialog's or menu's own shadow stays." },
  space1: { group: 'Spacing', use: 'Tight gaps: inside badges, between a label and its hint.' },
  space2: { group: 'Spacing', use: 'Gaps between inline controls; the default of the control padding before and after the text.' },
  space3: { group: 'Spacing', use: 'Menu item and navigation link padding.' },
  space4: { group: 'Spacing', use: 'Between fields and blocks of a panel.' },
  space6: { group: 'Spacing', use: 'Below a section heading.' },
  space8: { group: 'Spacing', use: 'Between the navigation and the content.' },
  controlHeight: { group: 'Controls', use: 'Least height of inputs, selects and buttons (and of a textarea); they grow with larger text or padding.' },
  controlPaddingBlock: { group: 'Controls', use: 'Padding above and below the text of inputs, selects, textareas and buttons.' },
  controlPaddingInline: { group: 'Controls', use: 'Padding before and after the text of inputs, selects and textareas.' },
  buttonPaddingInline: { group: 'Controls', use: 'Padding before and after the label of a button.' },
  buttonFontWeight: { group: 'Controls', use: "Weight of a button's label; your page's weight unless set." },
  radiusSmall: { group: 'Radius', use: 'Inputs, buttons, badges.' },
  radiusMedium: { group: 'Radius', use: 'Dialogs, menus, notices.' },
  fontSizeSmall: { group: 'Typography', use: 'Hints, badges, column headings. Text size and family are inherited from your page.' },
  fontSizeLarge: { group: 'Typography', use: 'Section and dialog headings.' },
  shadowPopup: { group: 'Elevation', use: 'Menus and dialogs above the page.' },
};
