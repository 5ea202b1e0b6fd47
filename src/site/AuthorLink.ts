/** An author as the public site names and links them: never more than the public name. */
export type AuthorLink = { id: number; name: string; href: string }
