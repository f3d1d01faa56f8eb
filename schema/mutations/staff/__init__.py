"""Setting up the crew and the catalog (the owner): employees and their sign-in users, teams, services and
their checklist templates, one mutation per module. The rules live in `resolvers.staff`; the types in
`schema.staff`."""
