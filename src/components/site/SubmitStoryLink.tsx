/** Into the admin's "create story" screen; the admin asks for a login first when needed. */
export const SubmitStoryLink = () => (
  <p>
    <a className="button" href="/admin/collections/stories/create">
      Submit a story
    </a>
  </p>
)
