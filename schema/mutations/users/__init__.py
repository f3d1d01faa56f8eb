"""Sign-in, the office's user panel and API tokens: one mutation per module. The rules live in `auth/` and
`resolvers.users`; the `User` and `ApiToken` types in `schema.users`."""

INPUT = "What to do (see the input type)."
"""The description of these mutations' `input` argument."""
