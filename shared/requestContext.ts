// Typed flags on Payload's request context (STYLE §6): writes made by code say where they
// come from, so hooks that react to people's edits leave them alone.
declare module 'payload' {
  interface RequestContext {
    /** Counts or topic state brought back from Discourse (webhook, reconciliation). */
    fromDiscourse?: boolean
    /** The bridge recording the result of a sync. */
    fromBridge?: boolean
  }
}

export {}
