/** The framed box of the workflow's review note and of what a move asks. */
export const panelStyle = {
  border: '1px solid var(--theme-elevation-150)',
  padding: 'calc(var(--base) / 2)',
  margin: '0.5rem 0',
}
