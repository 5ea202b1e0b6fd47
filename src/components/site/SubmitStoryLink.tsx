/** Into the admin's "create story" screen; the admin asks for a login first when needed. */
export const SubmitStoryLink = () => (
  <p>
    {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is another root layout: a full page load, not a client navigation */}
    <a className="button" href="/admin/collections/stories/create">
      Submit a story
    </a>
  </p>
)
