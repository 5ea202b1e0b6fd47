import type { FilterProblem } from '@/events/parseFeedFilters'

/** 400 in Payload's error shape, naming the query parameter at fault. */
export const badFilterResponse = ({ parameter, message }: FilterProblem): Response =>
  Response.json(
    {
      errors: [
        {
          name: 'ValidationError',
          message: `Invalid query parameter "${parameter}": ${message}`,
          data: { errors: [{ path: parameter, message }] },
        },
      ],
    },
    { status: 400 },
  )
